import type { MdastNode } from 'satteri';
import type { DocumentContext } from '../utils/document-context.ts';
import { HANDLERS } from './handlers.ts';

/** An element of the generated MDX as the MDX parser gives it. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: string | null | { type: string; value: string } }[];
  children: MdastNode[];
  position?: { start: { line: number } };
}

/**
 * The body of a generated resolution MDX (its tree, parsed by satteri, the compiler
 * @astrojs/mdx uses) as HTML: each element rendered by its handler (handlers.ts), the top-level
 * ones on lines of their own as the MDX compiler writes them, nested ones side by side. Pure:
 * the same tree and context, the same bytes.
 */
export function renderDocument(tree: MdastNode, context: DocumentContext): string {
  const top = (tree as unknown as { children: MdastNode[] }).children.filter((node) => node.type !== 'yaml');
  return top.map((node) => renderNode(node, context)).join('\n');
}

function renderNode(node: MdastNode, context: DocumentContext): string {
  const element = node as unknown as JsxElement;
  const line = element.position ? `line ${element.position.start.line}: ` : '';
  if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') {
    throw new Error(`${line}a ${node.type} node, where the generated MDX holds only components; was the file edited by hand?`);
  }
  const handler = element.name ? HANDLERS[element.name] : undefined;
  if (!handler) throw new Error(`${line}<${element.name ?? ''}> is no element of a resolution's text (src/document-html/handlers.ts)`);
  const children = element.children.map((child) => renderNode(child, context)).join('');
  try {
    return handler({ props: readProps(element), children, context });
  } catch (error) {
    throw new Error(`${line}<${element.name}>: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The element's props: a quoted value as it stands, an expression as the JSON literal the emitter wrote (js-literal.ts). */
function readProps(element: JsxElement): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const attribute of element.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) throw new Error('a spread attribute, which the generated MDX never writes');
    const value = attribute.value;
    if (value === null || value === undefined) props[attribute.name] = true;
    else if (typeof value === 'string') props[attribute.name] = value;
    else {
      try {
        props[attribute.name] = JSON.parse(value.value) as unknown;
      } catch {
        throw new Error(`the prop "${attribute.name}" is no JSON literal: ${value.value.slice(0, 80)}`);
      }
    }
  }
  return props;
}
