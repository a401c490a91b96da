import type { Resolution } from '../schemas/resolution.ts';
import { bibtexEntry } from './bibtex.ts';
import { bluebookCitation } from './bluebook.ts';
import { cslJson } from './csl-json.ts';
import { citationKey } from './identity.ts';
import { oscolaCitation } from './oscola.ts';
import { risRecord } from './ris.ts';
import { unCitation } from './un.ts';

export { CitationTargetError } from './locate.ts';

/** What every format cites from: the model, the page's absolute URL, and optionally a paragraph id. */
export interface CiteInput {
  resolution: Resolution;
  /** The page's absolute URL, e.g. "https://example.org/archive/zh/E/RES/2015/26/". */
  url: string;
  /** A paragraph or footnote id of the contract ("para-12", "preamble-3", "fn-4"). */
  paraId?: string;
}

/** The formats' ids. */
export type CiteFormatId = 'un' | 'bluebook' | 'oscola' | 'csl-json' | 'bibtex' | 'ris';

/** One citation format, as a page offers it. */
export interface CiteFormat {
  id: CiteFormatId;
  /** The format's own name (not translated: "Bluebook", "BibTeX"); the UN form is "UN". */
  name: string;
  /** `text`: a line to copy; `file`: a download. */
  kind: 'text' | 'file';
  /** `page`: in the language of the page (the resolution's `lang`); `en`: always English. */
  language: 'page' | 'en';
  /** Media type of the text (for a download's `type`). */
  mediaType: string;
  /** File extension of a download, without the dot; null for a line to copy. */
  extension: string | null;
  /**
   * The citation. Pure; throws `CitationTargetError` when `paraId` is not in the model or
   * has no printed number (a caller wanting a fallback cites again without `paraId`).
   */
  cite(input: CiteInput): string;
}

const TEXT = 'text/plain; charset=utf-8';

/** Every format, in the order a page lists them: the lines to copy, then the downloads. */
export const CITE_FORMATS: readonly CiteFormat[] = [
  { id: 'un', name: 'UN', kind: 'text', language: 'page', mediaType: TEXT, extension: null,
    cite: ({ resolution, paraId }) => unCitation(resolution, paraId) },
  { id: 'bluebook', name: 'Bluebook', kind: 'text', language: 'en', mediaType: TEXT, extension: null,
    cite: ({ resolution, paraId }) => bluebookCitation(resolution, paraId) },
  { id: 'oscola', name: 'OSCOLA', kind: 'text', language: 'en', mediaType: TEXT, extension: null,
    cite: ({ resolution, paraId }) => oscolaCitation(resolution, paraId) },
  { id: 'csl-json', name: 'CSL-JSON', kind: 'file', language: 'page',
    mediaType: 'application/vnd.citationstyles.csl+json', extension: 'json',
    cite: ({ resolution, url, paraId }) => cslJson(resolution, url, paraId) },
  { id: 'bibtex', name: 'BibTeX', kind: 'file', language: 'page', mediaType: 'application/x-bibtex', extension: 'bib',
    cite: ({ resolution, url, paraId }) => bibtexEntry(resolution, url, paraId) },
  { id: 'ris', name: 'RIS', kind: 'file', language: 'page', mediaType: 'application/x-research-info-systems',
    extension: 'ris', cite: ({ resolution, url, paraId }) => risRecord(resolution, url, paraId) },
];

/** The format with this id. */
export function citeFormat(id: CiteFormatId): CiteFormat {
  const format = CITE_FORMATS.find((f) => f.id === id);
  if (!format) throw new RangeError(`no citation format "${id}"`);
  return format;
}

/**
 * A download's file name: the citation key, the page's language and the extension,
 * "E-RES-2015-26-para-12.zh.bib". Throws a RangeError for a format that is not a download.
 */
export function downloadName(format: CiteFormat, input: CiteInput): string {
  if (format.extension === null) throw new RangeError(`${format.name} is not a download`);
  return `${citationKey(input.resolution.symbol, input.paraId)}.${input.resolution.lang}.${format.extension}`;
}
