import type { Element, Node } from '@xmldom/xmldom';

/**
 * Small helpers over the parsed DOM. Akoma Ntoso elements are matched by local name, so a
 * file that binds the AKN namespace to a prefix reads the same as one that does not.
 */

const ELEMENT_NODE = 1;

/** True when the node is an element (of the given local name, when one is given). */
export function isElement(node: Node | null | undefined, name?: string): node is Element {
  return node !== null && node !== undefined && node.nodeType === ELEMENT_NODE && (name === undefined || (node as Element).localName === name);
}

/** The element children of `el`, in order; only those with one of `names` when names are given. */
export function childElements(el: Element, ...names: string[]): Element[] {
  const out: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (isElement(c) && (names.length === 0 || names.includes(c.localName ?? ''))) out.push(c);
  return out;
}

/** The first element child of `el` named `name`, or null. */
export function childElement(el: Element, name: string): Element | null {
  return childElements(el, name)[0] ?? null;
}

/** Every descendant element of `el` named `name`, in document order. */
export function descendants(el: Element, name: string): Element[] {
  const out: Element[] = [];
  const walk = (node: Element): void => {
    for (const c of childElements(node)) {
      if (c.localName === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The first descendant of `el` named `name`, or null. */
export function descendant(el: Element, name: string): Element | null {
  return descendants(el, name)[0] ?? null;
}

/** The element's source line, for warnings (0 when the parser did not record one). */
export function lineOf(node: Node): number {
  return node.lineNumber ?? 0;
}

/** The value of an attribute, or null when absent or blank. */
export function attr(el: Element | null, name: string): string | null {
  const value = el?.getAttribute(name)?.trim();
  return value ? value : null;
}
