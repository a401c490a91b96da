import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeAtomically } from '../utils/write-atomically.ts';

/*
 * Node-only. The rendered text of each resolution page, kept beside Astro's content store rather
 * than in it: one file per entry, named by the entry's digest. In the store, 20,000 pages of HTML
 * would be bundled into the build as one string literal for V8 to compile (most of a slice's
 * time, docs/performance.md); here a page reads its own file when it renders.
 */

/** The folder of the rendered texts: in Astro's cache folder (ARCHIVE_CACHE_DIR, as astro.config.mjs sets it), so that each slice keeps its own. */
export function renderedTextDir(): string {
  return resolve(process.env.ARCHIVE_CACHE_DIR || 'node_modules/.astro', 'resolution-text');
}

const fileOf = (digest: string) => join(renderedTextDir(), `${digest}.html`);

/** Keeps an entry's rendered text under its digest, whole or not at all. */
export function writeRenderedText(digest: string, html: string): void {
  writeAtomically(fileOf(digest), html);
}

/** An entry's rendered text, or null when there is none under this digest (a cache cleared, a build stopped before it was written). */
export function readRenderedText(digest: string): string | null {
  try {
    return readFileSync(fileOf(digest), 'utf8');
  } catch {
    return null;
  }
}

/** Removes the rendered texts of digests no entry has any more (a page changed or gone). */
export function removeRenderedTextsExcept(digests: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(renderedTextDir());
  } catch {
    return;
  }
  for (const name of names) {
    if (!digests.has(name.replace(/\.html$/, ''))) rmSync(join(renderedTextDir(), name), { force: true });
  }
}
