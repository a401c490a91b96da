import type { Lang } from '../schemas/lang.ts';
import type { Block } from '../schemas/block.ts';
import type { Footnote } from '../schemas/footnote.ts';
import type { Para } from '../schemas/para.ts';
import type { Ref } from '../schemas/ref.ts';
import { findCitations } from './citations/find-citations.ts';

/** Every citation in the resolution's paragraphs, headings and footnotes, in reading order. */
export function collectRefs(parts: { preamble: Para[]; body: Block[]; annexes: { body: Block[] }[]; footnotes: Footnote[] }, lang: Lang): Ref[] {
  const refs: Ref[] = [];
  const read = (text: string, id: string) => {
    for (const citation of findCitations(text, { lang })) {
      refs.push(citation.para === undefined ? { target: citation.target, in: id } : { target: citation.target, para: citation.para, in: id });
    }
  };
  const walk = (block: Block) => {
    read(block.text, block.id);
    if (block.kind === 'para') block.items.forEach(walk);
  };
  parts.preamble.forEach(walk);
  parts.body.forEach(walk);
  parts.annexes.forEach((annex) => annex.body.forEach(walk));
  parts.footnotes.forEach((footnote) => read(footnote.text, footnote.id));
  return refs;
}
