import { htmlToHast } from 'satteri';

/** A node of the HTML tree as Sätteri's HTML parser gives it (hast). */
export interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** Parses a built page with a full HTML parser (Sätteri's, which @astrojs/mdx ships). */
export function parsePage(html: string): HastNode {
  return htmlToHast(html) as unknown as HastNode;
}

/** Every element of the tree, in document order. */
export function elements(node: HastNode): HastNode[] {
  const out: HastNode[] = [];
  const walk = (n: HastNode) => {
    if (n.type === 'element') out.push(n);
    n.children?.forEach(walk);
  };
  walk(node);
  return out;
}

const classes = (el: HastNode) => (el.properties?.className as string[] | undefined) ?? [];

/** The element with this id, or undefined. */
export const byId = (root: HastNode, id: string) => elements(root).find((el) => el.properties?.id === id);

/** The text of a node, leaving out the subtrees `skip` says are not the text's own. */
export function textOf(node: HastNode, skip: (el: HastNode) => boolean = () => false): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'element' && skip(node)) return '';
  return (node.children ?? []).map((child) => textOf(child, skip)).join('');
}

/**
 * What the page shows of the words of the paragraph, heading or footnote with this id: a
 * paragraph's text line, a heading, a footnote's text; without label, permalink, cite control,
 * counts and footnote marks.
 */
export function anchorText(root: HastNode, id: string): string | undefined {
  const anchor = byId(root, id);
  const own = (el: HastNode | undefined, className: string) => el?.children?.find((c) => c.type === 'element' && classes(c).includes(className));
  const words = anchor?.tagName === 'h2' ? anchor : (own(anchor, 'para-text') ?? own(anchor, 'footnote-text'));
  if (!words) return undefined;
  const notWords = (el: HastNode) => el.tagName === 'sup' || ['para-label', 'permalink', 'para-cite', 'cited-count', 'cite-lang'].some((c) => classes(el).includes(c));
  return textOf(words, notWords).trim();
}

/** The text of the first element with this class, or undefined. */
export function textOfClass(root: HastNode, className: string): string | undefined {
  const el = elements(root).find((e) => classes(e).includes(className));
  return el && textOf(el);
}
