import type { Resolution } from '../schemas/resolution.ts';
import { citeFormat, CitationTargetError, downloadName, type CiteFormat, type CiteFormatId } from './index.ts';
import { unPinpoint } from './un.ts';
import { UN_LANGUAGES } from './un-languages.ts';

/** The lines a resolution page shows under "Cite this", in the order it shows them. */
export const PAGE_LINE_FORMATS = ['un', 'bluebook', 'oscola'] as const satisfies readonly CiteFormatId[];

/** The downloads a resolution page links to, in the order it lists them. */
export const PAGE_DOWNLOAD_FORMATS = ['bibtex', 'ris', 'csl-json'] as const satisfies readonly CiteFormatId[];

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
   * What a paragraph's UN citation starts with: the resolution and the language's separator
   * ("Economic and Social Council resolution 2015/26, "; in Chinese no separator). The page's
   * script adds a paragraph's pinpoint (`paragraphPin`) to it, so that the pages carry one
   * short string per paragraph and no citation rules.
   */
  paragraphPrefix: string;
}

/** The resolution's citations in the page's formats; `url` is the page's URL (absolute where the site's is known). */
export function pageCitations(resolution: Resolution, url: string): PageCitations {
  const input = { resolution, url };
  return {
    lines: PAGE_LINE_FORMATS.map((id) => ({ format: citeFormat(id), text: citeFormat(id).cite(input) })),
    downloads: PAGE_DOWNLOAD_FORMATS.map((id) => ({ id, format: citeFormat(id), fileName: downloadName(citeFormat(id), input) })),
    paragraphPrefix: `${UN_LANGUAGES[resolution.lang].resolution(resolution.organ, resolution.number)}${UN_LANGUAGES[resolution.lang].separator}`,
  };
}

/**
 * A paragraph's pinpoint in the UN's form of the page's language ("para. 12", "第12段",
 * "troisième alinéa du préambule"), or null for what cannot be cited by number (a heading,
 * an unnumbered paragraph): `paragraphPrefix` + this is `unCitation(resolution, id)`.
 */
export function paragraphPin(resolution: Resolution, id: string): string | null {
  try {
    return unPinpoint(resolution, id);
  } catch (error) {
    if (error instanceof CitationTargetError) return null;
    throw error;
  }
}
