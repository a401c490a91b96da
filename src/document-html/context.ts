import type { DocumentContext } from '../utils/document-context.ts';

/** What every handler of the resolution text is given: its props, its children already rendered, and the page's context. */
export interface HandlerInput {
  /** The element's attributes, their values read from the MDX (strings, numbers, null, arrays). */
  props: Readonly<Record<string, unknown>>;
  /** The element's children as HTML, in order. */
  children: string;
  context: DocumentContext;
}

/** Renders one kind of element of the generated MDX (`<Para>`, `<Heading>`…) to HTML. */
export type Handler = (input: HandlerInput) => string;

/** A prop as a string, or a clear error naming it: the MDX is generated, so a wrong prop is a bug, not a source's fault. */
export function stringProp(props: Readonly<Record<string, unknown>>, name: string): string {
  const value = props[name];
  if (typeof value !== 'string') throw new Error(`the prop "${name}" is ${JSON.stringify(value)}, not a string`);
  return value;
}

/** A prop that is a string or null. */
export function optionalStringProp(props: Readonly<Record<string, unknown>>, name: string): string | null {
  const value = props[name];
  if (value === null || value === undefined) return null;
  return stringProp(props, name);
}
