import { citeFormat } from '../cite/index.ts';
import type { DownloadFormatId } from '../cite/page.ts';
import type { Lang } from '../schemas/lang.ts';
import type { Resolution } from '../schemas/resolution.ts';
import { resolutionPath } from './paths.ts';

/*
 * The citation downloads of each resolution page, `/zh/E/RES/2015/26.bib`, `.ris` and `.csl.json`:
 * the resolution as a whole in BibTeX, RIS and CSL-JSON (src/cite), in the page's language.
 * src/export/model-exports.ts lists them with the page's other exports.
 */

/** An origin no page has: stands in for the site's while a format that wants an absolute URL is written, then removed. */
const NO_ORIGIN = 'https://origin.invalid';

/**
 * The URL citations give for a resolution page: absolute when the site's URL is known (Astro's
 * `site`, from ARCHIVE_SITE), else the page's path under the base, "/archive/zh/E/RES/2015/26/",
 * which a reader completes with the host they downloaded it from.
 */
export function citedPageUrl(lang: Lang, symbol: string, site: URL | undefined, base?: string): string {
  const path = resolutionPath(lang, symbol, undefined, base);
  return site ? new URL(path, site).href : path;
}

/**
 * One download's text: the format's citation of the whole resolution at `url`. A path in place
 * of an absolute URL is written as it is (the formats themselves want an absolute one).
 */
export function citationFile(format: DownloadFormatId, resolution: Resolution, url: string): string {
  const cite = citeFormat(format).cite;
  if (URL.canParse(url)) return cite({ resolution, url });
  return cite({ resolution, url: new URL(url, NO_ORIGIN).href }).replaceAll(NO_ORIGIN, '');
}

/** The `Content-Type` a download is served with: the format's media type, in UTF-8. */
export function citationContentType(format: DownloadFormatId): string {
  return `${citeFormat(format).mediaType}; charset=utf-8`;
}
