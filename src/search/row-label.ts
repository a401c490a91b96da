import type { UiStrings } from '../i18n/types.ts';

/**
 * What a result row says its paragraph is, from its contract anchor and printed label:
 * "para-48-c" with label "c" → "Paragraph 48 (c)"; "preamble-3" → "Preambular paragraph 3";
 * "annex-1-para-3" → "Annex 1, Paragraph 3"; "fn-4" → "Footnote 4". Headings and the title
 * (no anchor) say nothing: their text is the label.
 */
export function rowLabel(id: string | null, num: string, parts: Pick<UiStrings['parts'], 'paragraph' | 'preamble' | 'footnote' | 'annex'>): string {
  if (!id) return '';
  const annex = /^annex-(\d+)-(.*)$/.exec(id);
  if (annex) {
    const inner = rowLabel(annex[2]!, num, parts);
    return inner ? `${parts.annex(annex[1]!)}, ${inner}` : parts.annex(annex[1]!);
  }
  const footnote = /^fn-(\d+)$/.exec(id);
  if (footnote) return parts.footnote(Number(footnote[1]));
  const preamble = /^preamble-(\d+)$/.exec(id);
  if (preamble) return parts.preamble(preamble[1]!);
  const para = /^para-(\d+)((?:-[a-z0-9]+)*)$/.exec(id);
  if (para) return parts.paragraph(para[2] && num && num !== para[1] ? `${para[1]} (${num})` : para[1]!);
  return '';
}
