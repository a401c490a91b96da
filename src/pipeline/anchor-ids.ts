import type { Block } from '../schemas/block.ts';
import type { Para } from '../schemas/para.ts';
import type { Resolution } from '../schemas/resolution.ts';

/**
 * Every anchor a resolution's page promises citers (CONTRACT.md, "Anchors"), in reading order:
 * preambular and operative paragraphs with their sub-paragraphs and items, headings, annexes and
 * their paragraphs, footnotes. What a new version of the page must keep for old links to land.
 */
export function anchorIds(resolution: Pick<Resolution, 'preamble' | 'body' | 'annexes' | 'footnotes'>): string[] {
  const paras = (list: readonly Para[]): string[] => list.flatMap((para) => [para.id, ...paras(para.items)]);
  const blocks = (list: readonly Block[]): string[] => list.flatMap((block) => (block.kind === 'para' ? paras([block]) : [block.id]));
  return [
    ...paras(resolution.preamble),
    ...blocks(resolution.body),
    ...resolution.annexes.flatMap((annex) => [annex.id, ...blocks(annex.body)]),
    ...resolution.footnotes.map((footnote) => footnote.id),
  ];
}

/** The anchors of `before` that `after` no longer has, in `before`'s order: links to them would land at the top of the page. */
export function anchorsLost(before: readonly string[], after: readonly string[]): string[] {
  const kept = new Set(after);
  return before.filter((id) => !kept.has(id));
}
