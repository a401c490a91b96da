import type { UiStrings } from '../i18n/types.ts';

/**
 * The name of a part of a resolution, from its contract id: "序言部分第 3 段", "第 48 (a) 段",
 * "Paragraph 48 (a)", "脚注 4". It titles the paragraph's search sub-result and its permalink.
 * The last sub-paragraph label is the printed one ("(أ)"); the ones above it come from the id.
 */
export function partTitle(id: string, label: string | null, strings: UiStrings): string {
  const preamble = /^preamble-(\d+)$/.exec(id);
  if (preamble?.[1]) return strings.parts.preamble(preamble[1]);
  const footnote = /^fn-(\d+)$/.exec(id);
  if (footnote?.[1]) return strings.parts.footnote(Number(footnote[1]));
  const para = /^(?:annex-(\d+)-)?para-(\d+)((?:-[a-z0-9]+)*)$/.exec(id);
  if (para?.[2]) {
    const subs = para[3] ? para[3].slice(1).split('-') : [];
    const printed = [para[2], ...subs.map((sub, i) => (i === subs.length - 1 && label ? label : `(${sub})`))];
    const title = strings.parts.paragraph(printed.join(' '));
    return para[1] ? `${strings.parts.annex(para[1])} · ${title}` : title;
  }
  return label ?? id;
}
