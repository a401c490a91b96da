import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinksFile, PageLinks } from '../schemas/page-links.ts';
import { generatedDir } from './generated-dir.ts';
import { indexLinks, type ModelIndex } from './index-cards.ts';

export type { ModelIndex };

let cached: { links: Map<string, PageLinks>; index: ModelIndex } | undefined;

/** `links.json` and its index, read once per build; in dev read again on each request, so that regenerated sources show. */
function load(): { links: Map<string, PageLinks>; index: ModelIndex } {
  if (cached && !import.meta.env.DEV) return cached;
  const links = new Map(Object.entries(JSON.parse(readFileSync(join(generatedDir(), 'links.json'), 'utf8')) as LinksFile));
  cached = { links, index: indexLinks(links) };
  return cached;
}

/**
 * Who holds what and who cites whom, from `links.json` (scripts/build.ts writes it for the whole
 * archive; scripts/site.ts gives each slice what its pages need of it). Read once per build, each
 * page asks.
 */
export function modelIndex(): ModelIndex {
  return load().index;
}

/** Each page's paragraph ids and citations, as `links.json` has them (`zh/E/RES/2015/26` -> links). */
export function modelLinks(): ReadonlyMap<string, PageLinks> {
  return load().links;
}
