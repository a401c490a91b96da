import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importAkn } from '../pipeline/akn/import-akn.ts';
import { sourceKind } from '../pipeline/import-source.ts';
import { importText } from '../pipeline/text/import-text.ts';
import { ResolutionSchema, type Resolution } from '../schemas/resolution.ts';
import { contentDir } from '../utils/content-dir.ts';
import { generatedDir } from '../utils/generated-dir.ts';
import { exampleScore, EXAMPLE_COUNT } from './sample-score.ts';

/**
 * The resolution the docs take their examples from: the seed (content/ is always a source),
 * E/RES/2015/26 in Chinese; without it, another page the archive holds (`sampleResolution`).
 */
export const SAMPLE_SOURCE = 'content/E-RES-2015-26.zh.txt';

/** The seed's path: in the content folder (content/, or ARCHIVE_CONTENT_DIR's). */
export function seedPath(root: string = process.cwd()): string {
  return join(contentDir(root), 'E-RES-2015-26.zh.txt');
}

let sample: { value: Resolution | null } | undefined;

/**
 * The sample's model, imported from its source by the archive's own importer, as scripts/build.ts
 * does, and validated as `/{lang}/{symbol}.json` serves it (the schema's key order). The docs are
 * rendered in the "lists" part of a sliced build, which has no models of its own to read (it has
 * the build's manifest, which names each page's source). An archive built without the seed shows
 * the one of its text or Akoma Ntoso pages that shows the most of the examples (sample-score.ts),
 * the first in the UN's language order then by id among equals; null for an archive with no such
 * page, whose docs then say that they have no example to show.
 */
export function sampleResolution(root: string = process.cwd()): Resolution | null {
  // Read once per process: every docs page and component of a build shows the same sample.
  sample ??= { value: chooseSample(root) };
  return sample.value;
}

/** The sample as `sampleResolution` chooses it, read afresh (tests change the archive between calls). */
export function chooseSample(root: string = process.cwd()): Resolution | null {
  const seed = seedPath(root);
  if (existsSync(seed)) return ResolutionSchema.parse(importText(readFileSync(seed), SAMPLE_SOURCE).resolution);
  let best: { read: Resolution; score: number } | null = null;
  for (const source of manifestSources(root)) {
    const read = readPage(root, source);
    if (!read) continue;
    const score = exampleScore(read);
    // Sources come in the UN's language order then by page id: the first of the best is kept.
    if (!best || score > best.score) best = { read, score };
    if (score === EXAMPLE_COUNT) break;
  }
  return best ? ResolutionSchema.parse(best.read) : null;
}

const LANG_ORDER = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

/** The sources of the pages the build's manifest names, in the UN's language order then by page id; none without a manifest. */
function manifestSources(root: string): string[] {
  let pages: Record<string, { source: string }>;
  try {
    pages = JSON.parse(readFileSync(join(generatedDir(root), 'manifest.json'), 'utf8')) as Record<string, { source: string }>;
  } catch {
    return [];
  }
  const rank = (id: string) => LANG_ORDER.indexOf(id.slice(0, id.indexOf('/')));
  return Object.keys(pages)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
    .map((id) => (pages[id] as { source: string }).source);
}

/** One page's model from its source, if it is text or Akoma Ntoso and can still be read. */
function readPage(root: string, source: string): Resolution | null {
  try {
    const bytes = readFileSync(resolve(root, source));
    const kind = sourceKind(bytes);
    // A PDF is read asynchronously; the docs' components are not.
    return kind === 'text' ? importText(bytes, source).resolution : kind === 'akn' ? importAkn(bytes, source).resolution : null;
  } catch {
    // Moved, or unreadable since the conversion: the next page.
    return null;
  }
}

/** The model as `/{lang}/{symbol}.json` serves it: pretty-printed, with a final line break. */
export function servedJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
