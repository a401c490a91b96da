import { mdxToMdast } from 'satteri';
import type { Inline } from '../../../src/pipeline/emit/inline.ts';

/** The components renderMdx writes; any other element in a page's MDX came from somewhere else. */
const COMPONENTS = new Set(['Formula', 'Preamble', 'Operative', 'Para', 'Heading', 'Annex', 'Footnotes', 'Footnote']);

interface MdastNode {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdastNode[];
}

/** What a page's MDX says, read back as the MDX compiler of @astrojs/mdx (Sätteri) parses it. */
export interface MdxPage {
  /** The front matter's entries. */
  front: Record<string, unknown>;
  /** The text of each paragraph, heading and footnote, by id: its inline segments joined. */
  texts: Record<string, string>;
}

/**
 * Parses a page's MDX with Sätteri and checks it has nothing but the front matter and the
 * components renderMdx writes, each prop a string or a JavaScript literal: no Markdown, no
 * HTML, no expression, no import or export. Throws, saying what it found, otherwise.
 */
export function readMdxPage(mdx: string): MdxPage {
  const root = mdxToMdast(mdx, { position: false }) as unknown as MdastNode;
  const front: Record<string, unknown> = {};
  const texts: Record<string, string> = {};
  const visit = (node: MdastNode) => {
    if (node.type === 'yaml') {
      for (const line of String(node.value).split('\n').filter((l) => !l.startsWith('#'))) {
        const colon = line.indexOf(': ');
        front[line.slice(0, colon)] = JSON.parse(line.slice(colon + 2));
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' || !COMPONENTS.has(node.name ?? '')) throw new Error(`the MDX holds a ${node.type} ${node.name ?? ''} node: ${JSON.stringify(node).slice(0, 300)}`);
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) throw new Error(`<${node.name}> has a ${attribute.type}`);
      const value = attribute.value as string | { type: string; value: string };
      props[attribute.name] = typeof value === 'string' ? value : literal(value.value, `<${node.name} ${attribute.name}>`);
    }
    if (typeof props.inline === 'string' && typeof props.id === 'string') texts[props.id] = (JSON.parse(props.inline) as Inline[]).map((s) => ('t' in s ? s.t : 'text' in s ? s.text : '')).join('');
    node.children?.forEach(visit);
  };
  root.children?.forEach(visit);
  return { front, texts };
}

/** A prop's expression, which must be a JSON literal (jsLiteral writes nothing else). */
function literal(expression: string, where: string): unknown {
  try {
    return JSON.parse(expression);
  } catch {
    throw new Error(`${where} is an expression, not a literal: ${expression.slice(0, 200)}`);
  }
}
