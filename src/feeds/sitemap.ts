import { el, serialise, type XmlElement } from '../export/akn/xml.ts';

/** One page of a sitemap: its absolute URL and, for a page held in several languages, every version (itself included). */
export interface SitemapUrl {
  loc: string;
  alternates: readonly { hreflang: string; href: string }[];
}

/** What one sitemap file may hold at most (sitemaps.org): 50,000 URLs, 50 MiB uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 } as const;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * The sitemap entries of one page held in several languages: one per version, each naming all of
 * them with `<xhtml:link rel="alternate" hreflang>` (Google's form: every version lists every
 * version, itself included), and `x-default` where a page chooses among them (the landing page for
 * the language homes). A page held in one language has no alternates.
 */
export function versionUrls(versions: readonly { hreflang: string; href: string }[], xDefault?: string): SitemapUrl[] {
  const alternates = versions.length > 1 ? [...versions, ...(xDefault ? [{ hreflang: 'x-default', href: xDefault }] : [])] : [];
  return versions.map((version) => ({ loc: version.href, alternates }));
}

function urlElement(url: SitemapUrl): XmlElement {
  return el(
    'url',
    {},
    el('loc', {}, url.loc),
    url.alternates.map((alt) => el('xhtml:link', { rel: 'alternate', hreflang: alt.hreflang, href: alt.href })),
  );
}

/** One `<url>` as the sitemap writes it, indented one level, with its line break. */
function urlText(url: SitemapUrl): string {
  return `${serialise(urlElement(url), 1)}\n`;
}

const URLSET_OPEN = `${DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n`;
const URLSET_CLOSE = '</urlset>\n';

/** A sitemap file (`<urlset>`) of the given URLs, in their order. */
export function renderUrlset(urls: readonly SitemapUrl[]): string {
  return URLSET_OPEN + urls.map(urlText).join('') + URLSET_CLOSE;
}

/**
 * The URLs cut into runs that each fit one sitemap file: at most `limits.urls` URLs and
 * `limits.bytes` bytes of XML (UTF-8) each, in order. One run means one sitemap; more need a sitemap
 * index. An empty list is one empty run: a sitemap with no URL is still a valid file.
 */
export function splitSitemap(urls: readonly SitemapUrl[], limits: { urls: number; bytes: number } = SITEMAP_LIMITS): SitemapUrl[][] {
  const frame = Buffer.byteLength(URLSET_OPEN + URLSET_CLOSE);
  const runs: SitemapUrl[][] = [[]];
  let bytes = frame;
  for (const url of urls) {
    const size = Buffer.byteLength(urlText(url));
    const run = runs.at(-1)!;
    if (run.length > 0 && (run.length >= limits.urls || bytes + size > limits.bytes)) {
      runs.push([url]);
      bytes = frame + size;
    } else {
      run.push(url);
      bytes += size;
    }
  }
  return runs;
}

/** A sitemap index (`<sitemapindex>`) naming the sitemap files at the given absolute URLs. */
export function renderSitemapIndex(locs: readonly string[]): string {
  const root = el('sitemapindex', { xmlns: SITEMAP_NS }, locs.map((loc) => el('sitemap', {}, el('loc', {}, loc))));
  return `${DECLARATION}${serialise(root)}\n`;
}

/** The files of the sitemap: `sitemap.xml` alone, or `sitemap.xml` as the index of `sitemap-1.xml`, `sitemap-2.xml`… when the URLs need several files. */
export function sitemapFiles(urls: readonly SitemapUrl[], fileUrl: (name: string) => string, limits?: { urls: number; bytes: number }): Map<string, string> {
  const runs = splitSitemap(urls, limits);
  if (runs.length === 1) return new Map([['sitemap', renderUrlset(runs[0]!)]]);
  const names = runs.map((_, i) => `sitemap-${i + 1}`);
  return new Map([['sitemap', renderSitemapIndex(names.map((name) => fileUrl(`${name}.xml`)))], ...runs.map((run, i) => [names[i]!, renderUrlset(run)] as [string, string])]);
}
