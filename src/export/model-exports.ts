import type { Resolution } from '../schemas/resolution.ts';
import { citationContentType, citationFile, citedPageUrl } from '../utils/cite-download.ts';
import { resolutionToAkn } from './akn/to-akn.ts';

/** One file a resolution page is also served as, beside the page: `/zh/E/RES/2015/26{extension}`. */
export interface ModelExport {
  /** ".json", ".akn.xml", ".bib", ".ris", ".csl.json". */
  extension: string;
  /** The `Content-Type` the development server sends it with (a static host goes by the extension). */
  contentType: string;
  /** The file's text for one model; `site` and `base` make the page's URL in the citation downloads. */
  body(model: Resolution, site: URL | undefined, base: string | undefined): string;
}

const citation = (format: 'bibtex' | 'ris' | 'csl-json', extension: string): ModelExport => ({
  extension,
  contentType: citationContentType(format),
  body: (model, site, base) => citationFile(format, model, citedPageUrl(model.lang, model.symbol, site, base)),
});

/**
 * The files each resolution page is also served as (CONTRACT.md, docs "model and exports"): its
 * model as JSON, as Akoma Ntoso 3.0, and its citation in BibTeX, RIS and CSL-JSON. Pure: one
 * definition for the Astro routes that serve them in development and a whole `astro build`, and
 * for scripts/site.ts, which writes them beside each slice without a route per file.
 */
export const MODEL_EXPORTS: readonly ModelExport[] = [
  { extension: '.json', contentType: 'application/json; charset=utf-8', body: (model) => `${JSON.stringify(model, null, 2)}\n` },
  // `application/xml`, what static hosts send for a `.xml` file, so that the development server and the deployed site agree and a browser shows it (`application/akn+xml` is not a registered type, and browsers download it).
  { extension: '.akn.xml', contentType: 'application/xml; charset=utf-8', body: (model) => resolutionToAkn(model) },
  citation('bibtex', '.bib'),
  citation('ris', '.ris'),
  citation('csl-json', '.csl.json'),
];

/** The export of that extension; a clear error for any other (a route file wired to the wrong one). */
export function modelExport(extension: string): ModelExport {
  const found = MODEL_EXPORTS.find((candidate) => candidate.extension === extension);
  if (!found) throw new Error(`no export of a resolution ends in ${extension}`);
  return found;
}
