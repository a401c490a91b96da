import type { Resolution } from '../schemas/resolution.ts';
import { isoDateParts } from './date.ts';
import { citationKey, citedUrl, organName, UNITED_NATIONS } from './identity.ts';
import { unPinpoint } from './un.ts';

/** RIS ends every line with CR LF, as its specification (Research Information Systems) says. */
export const RIS_EOL = '\r\n';

/**
 * A value fit for one RIS line: line breaks, tabs and other control characters become one
 * space (a line break would start a line RIS readers take for a continuation or a new tag),
 * and the ends are trimmed. Every other character stays as it is; the file is UTF-8.
 */
export function risValue(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
}

/**
 * The RIS record of a resolution or of one of its paragraphs, in the page's language, for
 * EndNote, Zotero, Mendeley and reference managers that read RIS.
 *
 * Type `STAT` (statute): the same choice as CSL-JSON's `legislation` (Zotero maps both to
 * its "statute"). Tags, in this order: `TY`; `ID` the citation key; `TI` the title; `AU` the
 * organ in the page's language (a corporate author: it has no comma, which readers would
 * take as "family, given"); `PB` "United Nations" in the page's language; `PY` the year and
 * `DA` the date ("2015/07/22/") of adoption, when known; `M1` the resolution's number (Zotero
 * reads it as a statute's number); `CN` the document symbol; `SE` the paragraph in the UN's
 * form of the page's language; `UR` the page at the paragraph's anchor; `LA` the language
 * code; `ER` last. Each line is `TAG  - value` and ends in CR LF ({@link RIS_EOL}), `ER  - `
 * included. Throws `CitationTargetError` for a paragraph id the model does not have.
 */
export function risRecord(res: Resolution, pageUrl: string, paraId?: string): string {
  const lines: [string, string][] = [
    ['TY', 'STAT'],
    ['ID', citationKey(res.symbol, paraId)],
    ['TI', res.title],
    ['AU', organName(res)],
    ['PB', UNITED_NATIONS[res.lang]],
  ];
  if (res.adopted !== null) {
    const { year, month, day } = isoDateParts(res.adopted);
    const pad = (n: number) => String(n).padStart(2, '0');
    lines.push(['PY', String(year)], ['DA', `${year}/${pad(month)}/${pad(day)}/`]);
  }
  lines.push(['M1', res.number], ['CN', res.symbol]);
  if (paraId !== undefined) lines.push(['SE', unPinpoint(res, paraId)]);
  lines.push(['UR', citedUrl(pageUrl, paraId)], ['LA', res.lang], ['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${risValue(value)}${RIS_EOL}`).join('');
}
