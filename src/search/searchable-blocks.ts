import type { Block } from '../schemas/block.ts';
import type { Para } from '../schemas/para.ts';
import type { Resolution } from '../schemas/resolution.ts';

/**
 * One block of text a search result can land on: a paragraph (preambular, operative,
 * sub-paragraph or item, in the body or an annex), a heading or a footnote, under its contract
 * anchor. Annex titles are left out: they head a section, not text a reader quotes, and their
 * anchor (`annex-1`) covers the whole annex.
 */
export interface SearchableBlock {
  /** The contract anchor: "para-12", "preamble-3", "fn-4", "section-2". */
  id: string;
  kind: 'para' | 'heading' | 'footnote';
  /** The printed number or label ("12", "c"); the footnote's number; null in the preamble and for headings. */
  num: string | null;
  /** The text, runs of white space (no-break spaces included) as one space. */
  text: string;
}

/** One resolution's searchable blocks, in reading order (a paragraph's own words before its items); empty blocks left out. */
export function searchableBlocks(model: Pick<Resolution, 'preamble' | 'body' | 'annexes' | 'footnotes'>): SearchableBlock[] {
  const out: SearchableBlock[] = [];
  const add = (id: string, kind: SearchableBlock['kind'], num: string | null, text: string) => {
    const clean = oneSpace(text);
    if (clean) out.push({ id, kind, num, text: clean });
  };
  const para = (p: Para): void => {
    add(p.id, 'para', p.num, p.text);
    p.items.forEach(para);
  };
  const block = (b: Block): void => (b.kind === 'heading' ? add(b.id, 'heading', null, b.text) : para(b));
  model.preamble.forEach(para);
  model.body.forEach(block);
  for (const annex of model.annexes) annex.body.forEach(block);
  for (const note of model.footnotes) add(note.id, 'footnote', String(note.n), note.text);
  return out;
}

/** White space as a reader types it: one plain space for any run, none at the ends. */
export function oneSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
