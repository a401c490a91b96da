import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlReferences } from './html-references.ts';

/*
 * A link check over a built site, as a static host would serve it: `siteDir` at `base`. Every
 * internal reference of every page must reach a file of the site, and every `#fragment` an
 * element of the target page with that id. Files are read once; ids are parsed once per page.
 */

/** One reference that does not resolve: the page (its URL path), the href as written, and why. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** What a check found: the broken references and how much it looked at. */
export interface LinkReport {
  broken: BrokenLink[];
  /** HTML pages read. */
  pages: number;
  /** Internal references checked (each occurrence counts). */
  internal: number;
  /** References left alone: other hosts, mailto:, tel:, data:, javascript:. */
  external: number;
}

// Any origin would do: it only lets `new URL` resolve relative references as a browser does.
const ORIGIN = 'http://site.invalid';

interface Page {
  url: string;
  ids: Set<string>;
  refs: string[];
  baseHref: string | undefined;
}

/** Checks every internal link and anchor of the site in `siteDir`, served at `base` (`/` or `/archive/`). */
export function checkLinks(siteDir: string, base: string): LinkReport {
  const root = base.endsWith('/') ? base : `${base}/`;
  const pages = new Map<string, Page>();
  for (const file of htmlFiles(siteDir)) {
    const rel = relative(siteDir, file).split(sep);
    const url = root + pageUrlPath(rel);
    const parsed = htmlReferences(readFileSync(file, 'utf8'));
    pages.set(rel.join('/'), { url, ...parsed });
  }

  const kinds = new Map<string, 'file' | 'dir' | 'none'>();
  const kindOf = (rel: string) => {
    let kind = kinds.get(rel);
    if (kind === undefined) {
      kind = statKind(join(siteDir, ...rel.split('/')));
      kinds.set(rel, kind);
    }
    return kind;
  };

  // The same resolved URL is checked once, however many pages link to it.
  const verdicts = new Map<string, string | null>();
  const report: LinkReport = { broken: [], pages: pages.size, internal: 0, external: 0 };
  for (const page of pages.values()) {
    const pageUrl = new URL(page.baseHref ?? '', ORIGIN + page.url).href;
    for (const href of page.refs) {
      let target: URL;
      try {
        target = new URL(href, pageUrl);
      } catch {
        report.internal += 1;
        report.broken.push({ page: page.url, href, reason: 'not a URL' });
        continue;
      }
      if (target.origin !== ORIGIN) {
        report.external += 1;
        continue;
      }
      report.internal += 1;
      const key = target.pathname + target.hash;
      let reason = verdicts.get(key);
      if (reason === undefined) {
        reason = verdict(target, root, pages, kindOf);
        verdicts.set(key, reason);
      }
      if (reason !== null) report.broken.push({ page: page.url, href, reason });
    }
  }
  return report;
}

/** Why a resolved internal URL does not reach its target, or null when it does. */
function verdict(target: URL, root: string, pages: Map<string, Page>, kindOf: (rel: string) => string): string | null {
  if (!target.pathname.startsWith(root)) return `outside the base ${root}`;
  let rel: string;
  try {
    rel = target.pathname.slice(root.length).split('/').map(decodeURIComponent).join('/');
  } catch {
    return 'bad percent-encoding in the path';
  }
  let file: string;
  if (rel === '' || rel.endsWith('/')) {
    file = `${rel}index.html`;
    if (kindOf(file) !== 'file') return kindOf(rel.replace(/\/$/, '')) === 'dir' ? `no index.html in /${rel}` : `no /${rel}`;
  } else {
    const kind = kindOf(rel);
    // Pages are directories here (trailingSlash: 'always'); `/x` would only work where a host
    // redirects it, and relative links inside would resolve differently.
    if (kind === 'dir') return kindOf(`${rel}/index.html`) === 'file' ? 'directory without its trailing slash' : `no index.html in /${rel}/`;
    if (kind === 'none') return `no /${rel}`;
    file = rel;
  }
  return fragmentVerdict(target.hash, pages.get(file));
}

/** Checks a `#fragment` against the ids of the target page (fragments of non-HTML files are not checked). */
function fragmentVerdict(hash: string, page: Page | undefined): string | null {
  if (!page || hash === '' || hash === '#') return null;
  const raw = hash.slice(1);
  if (page.ids.has(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return 'bad percent-encoding in the fragment';
  }
  // HTML: an id first, then `#top` for the top of the page.
  if (page.ids.has(decoded) || decoded.toLowerCase() === 'top') return null;
  return `no element with id "${decoded}" on ${page.url}`;
}

/** The URL path, under the base, of a page at these path segments: `a/index.html` is served as `a/`. */
function pageUrlPath(segments: string[]): string {
  const parts = segments.map(encodeURIComponent);
  if (parts[parts.length - 1] === 'index.html') parts[parts.length - 1] = '';
  return parts.join('/');
}

function statKind(path: string): 'file' | 'dir' | 'none' {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 'none';
  return stat.isDirectory() ? 'dir' : 'file';
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
