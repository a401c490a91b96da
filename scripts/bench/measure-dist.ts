import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of a built site. */
export interface DistFigures {
  files: number;
  bytes: number;
  /** Resolution pages (HTML), gzip: median and 95th percentile, in bytes. */
  pageMedian: number;
  pageP95: number;
  /** Gzip bytes of a page above the gzip bytes of its own text (the text of its `<article>`): median and p95. */
  overheadMedian: number;
  overheadP95: number;
  /** Gzip bytes of the JavaScript a resolution page loads (its module scripts, their static imports). */
  pageJs: number;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** The text a reader reads: the article's markup stripped of tags, entities decoded roughly. */
function articleText(html: string): string {
  const article = /<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
  return article
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&[a-z]+;/g, ' ')
    .replace(/\s+/g, ' ');
}

/** `resolutionPage` tells which HTML files are resolution pages (their path relative to `dist`). */
export function measureDist(dist: string, resolutionPage: (relative: string) => boolean): DistFigures {
  const files = walk(dist);
  let bytes = 0;
  const pages: number[] = [];
  const overheads: number[] = [];
  let sample: string | null = null;
  for (const file of files) {
    bytes += statSync(file).size;
    const relative = file.slice(dist.length + 1);
    if (!relative.endsWith('index.html') || !resolutionPage(relative)) continue;
    const html = readFileSync(file, 'utf8');
    const page = gzipSync(html, { level: 9 }).length;
    pages.push(page);
    overheads.push(page - gzipSync(articleText(html), { level: 9 }).length);
    sample ??= html;
  }
  pages.sort((a, b) => a - b);
  overheads.sort((a, b) => a - b);
  return {
    files: files.length,
    bytes,
    pageMedian: quantile(pages, 0.5),
    pageP95: quantile(pages, 0.95),
    overheadMedian: quantile(overheads, 0.5),
    overheadP95: quantile(overheads, 0.95),
    pageJs: sample ? pageJavaScript(dist, sample) : 0,
  };
}

/** The gzip bytes of the scripts a page loads itself (`<script src>` and inline modules, their static imports). */
function pageJavaScript(dist: string, html: string): number {
  let total = 0;
  const seen = new Set<string>();
  const add = (path: string) => {
    const clean = path.replace(/^.*?\/_astro\//, '_astro/');
    if (seen.has(clean) || !clean.startsWith('_astro/')) return;
    seen.add(clean);
    let source: string;
    try {
      source = readFileSync(join(dist, clean), 'utf8');
    } catch {
      return;
    }
    total += gzipSync(source, { level: 9 }).length;
    for (const m of source.matchAll(/(?:import|from)\s*["']\.\/([^"']+\.js)["']/g)) add(`_astro/${m[1]}`);
  };
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1] ?? '');
  for (const m of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) if ((m[1] ?? '').trim()) total += gzipSync(m[1] ?? '', { level: 9 }).length;
  return total;
}
