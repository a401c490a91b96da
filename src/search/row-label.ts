import type { UiStrings } from '../i18n/types.ts';

/**
 * What a result row says its paragraph is, from its contract anchor and printed label:
 * "para-48-c" with label "c" → "Paragraph 48 (c)"; "preamble-3" → "Preambular paragraph 3";
 * "annex-1-section-2-para-3" → "Annex 1, Paragraph 3"; "fn-4" → "Footnote 4". The paragraphs
 * of a recommended draft (`draft-para-3`) or of a part (`part-b-para-3`) are named as printed,
 * by their own number. Headings and the title (no anchor) say nothing: their text is the label.
 */
export function rowLabel(id: string | null, num: string, parts: Pick<UiStrings['parts'], 'paragraph' | 'preamble' | 'footnote' | 'annex'>): string {
  if (!id) return '';
  const footnote = /^fn-(\d+)$/.exec(id);
  if (footnote) return parts.footnote(Number(footnote[1]));
  const annex = /^annex-(\d+)-/.exec(id)?.[1];
  const core = /(?:^|-)(para|preamble)-(\d+)((?:-[a-z0-9]+)*)$/.exec(id);
  let label = '';
  if (core?.[1] === 'preamble') label = parts.preamble(core[2]!);
  else if (core) label = parts.paragraph(core[3] && num && num !== core[2] ? `${core[2]} (${num})` : core[2]!);
  if (!annex) return label;
  return label ? `${parts.annex(annex)}, ${label}` : parts.annex(annex);
}
