import type { Lang } from '../schemas/lang.ts';
import type { Resolution } from '../schemas/resolution.ts';
import { isoDateParts } from './date.ts';
import { citationKey, citedUrl, organName, UNITED_NATIONS } from './identity.ts';
import { unPinpoint } from './un.ts';

/** The CSL-JSON item of a resolution (CSL 1.0.2 variables), in a fixed key order. */
export interface CslItem {
  id: string;
  type: 'legislation';
  title: string;
  authority: string;
  number: string;
  'call-number': string;
  publisher: string;
  issued?: { 'date-parts': [[number, number, number]] };
  section?: string;
  URL: string;
  language: Lang;
}

/**
 * The CSL-JSON item (what Zotero, Pandoc and citeproc read) of a resolution or of one of its
 * paragraphs, in the page's language.
 *
 * Type `legislation`, not `bill`: CSL defines a bill as a proposed piece of legislation and
 * legislation as an enacted one; a resolution is adopted, and Zotero imports `legislation`
 * as its "statute" (the RIS export's `STAT` is the same choice).
 *
 * Fields: `id` the citation key ("E-RES-2015-26", "E-RES-2015-26-para-12"); `title` as the
 * model has it; `authority` the organ in the page's language; `number` the resolution's
 * number ("2015/26"); `call-number` the document symbol, by which libraries shelve UN
 * documents; `publisher` "United Nations" in the page's language; `issued` the adoption
 * date, left out when unknown; `section` the paragraph in the UN's form of the page's
 * language ("para. 12", "第12段"; CSL's pinpoint variable for legislation); `URL` the page,
 * at the paragraph's anchor; `language` the page's language code.
 * Throws `CitationTargetError` for a paragraph id the model does not have.
 */
export function cslItem(res: Resolution, pageUrl: string, paraId?: string): CslItem {
  const date = res.adopted === null ? null : isoDateParts(res.adopted);
  const item: CslItem = {
    id: citationKey(res.symbol, paraId),
    type: 'legislation',
    title: res.title,
    authority: organName(res),
    number: res.number,
    'call-number': res.symbol,
    publisher: UNITED_NATIONS[res.lang],
    ...(date && { issued: { 'date-parts': [[date.year, date.month, date.day]] } }),
    ...(paraId !== undefined && { section: unPinpoint(res, paraId) }),
    URL: citedUrl(pageUrl, paraId),
    language: res.lang,
  };
  return item;
}

/**
 * The CSL-JSON file of {@link cslItem}: an array of one item, two-space indented, ending in a
 * newline, UTF-8 characters as they are (JSON escapes only quotes, backslashes and control
 * characters). Media type `application/vnd.citationstyles.csl+json`, extension `.json`.
 */
export function cslJson(res: Resolution, pageUrl: string, paraId?: string): string {
  return `${JSON.stringify([cslItem(res, pageUrl, paraId)], null, 2)}\n`;
}
