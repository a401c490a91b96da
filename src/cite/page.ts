import type { Resolution } from '../schemas/resolution.ts';
import { bluebookSlot } from './bluebook.ts';
import { englishPin, type EnglishPin, type PinSlot } from './english-pin.ts';
import { citeFormat, CitationTargetError, downloadName, type CiteFormat, type CiteFormatId } from './index.ts';
import { locateParagraph } from './locate.ts';
import { oscolaSlot } from './oscola.ts';
import { unPinpoint } from './un.ts';
import { UN_LANGUAGES } from './un-languages.ts';

/** The lines a resolution page shows under "Cite this", in the order it shows them. */
export const PAGE_LINE_FORMATS = ['un', 'bluebook', 'oscola'] as const satisfies readonly CiteFormatId[];

/** The downloads a resolution page links to, in the order it lists them. */
export const PAGE_DOWNLOAD_FORMATS = ['bibtex', 'ris', 'csl-json'] as const satisfies readonly CiteFormatId[];

/** The ids of the lines, which a paragraph's “ also offers. */
export type LineFormatId = (typeof PAGE_LINE_FORMATS)[number];

/** The ids of the downloads a page offers. */
export type DownloadFormatId = (typeof PAGE_DOWNLOAD_FORMATS)[number];

/** One line to copy: the format and its citation of the whole resolution. */
export interface CitationLine {
  format: CiteFormat;
  text: string;
}

/** One download: the format, and the name the browser saves it under. */
export interface CitationDownload {
  id: DownloadFormatId;
  format: CiteFormat;
  fileName: string;
}

/** What the resolution page prints under "Cite this", computed at build time. */
export interface PageCitations {
  lines: CitationLine[];
  downloads: CitationDownload[];
  /**
   * For each line's format, what a paragraph's citation puts around its pinpoint: the UN's
   * "Economic and Social Council resolution 2015/26, " and nothing after (in Chinese no
   * separator), Bluebook's "…Res. 2015/26, " and ", U.N. Doc. E/RES/2015/26 (July 22, 2015)".
   * Printed once on the page; its script puts a paragraph's pinpoint (`paragraphPin`) in the
   * slot, so that the pages carry two short strings per paragraph and no citation rules.
   */
  paragraphSlots: Record<LineFormatId, PinSlot>;
}

/** The resolution's citations in the page's formats; `url` is the page's URL (absolute where the site's is known). */
export function pageCitations(resolution: Resolution, url: string): PageCitations {
  const input = { resolution, url };
  return {
    lines: PAGE_LINE_FORMATS.map((id) => ({ format: citeFormat(id), text: citeFormat(id).cite(input) })),
    downloads: PAGE_DOWNLOAD_FORMATS.map((id) => ({ id, format: citeFormat(id), fileName: downloadName(citeFormat(id), input) })),
    paragraphSlots: {
      un: { before: `${UN_LANGUAGES[resolution.lang].resolution(resolution.organ, resolution.number)}${UN_LANGUAGES[resolution.lang].separator}`, after: '' },
      bluebook: bluebookSlot(resolution),
      oscola: oscolaSlot(resolution),
    },
  };
}

/** A paragraph's pinpoints: the UN's in the page's language, and the English styles' parts. */
export interface ParagraphPin {
  /** "para. 12", "第12段", "troisième alinéa du préambule". */
  un: string;
  /** What Bluebook and OSCOLA print, less their words (`english-pin.ts`). */
  en: EnglishPin;
}

/**
 * A paragraph's pinpoints, or null for what cannot be cited by number (a heading, an
 * unnumbered paragraph): in each format's slot (`paragraphSlots`), the UN's gives
 * `unCitation(resolution, id)`, and the English parts in Bluebook's or OSCOLA's words
 * (`pinText`) give `bluebookCitation` and `oscolaCitation`.
 */
export function paragraphPin(resolution: Resolution, id: string): ParagraphPin | null {
  try {
    return { un: unPinpoint(resolution, id), en: englishPin(locateParagraph(resolution, id)) };
  } catch (error) {
    if (error instanceof CitationTargetError) return null;
    throw error;
  }
}
