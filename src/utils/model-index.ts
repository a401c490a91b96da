import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinksFile } from '../schemas/page-links.ts';
import { generatedDir } from './generated-dir.ts';
import { indexLinks, type ModelIndex } from './index-cards.ts';

export type { ModelIndex };

let cached: ModelIndex | undefined;

/**
 * Who holds what and who cites whom, from `links.json` (scripts/build.ts writes it for the whole
 * archive; scripts/site.ts gives each slice what its pages need of it). Read once per build, each
 * page asks; in dev read again on each request, so that regenerated sources show.
 */
export function modelIndex(): ModelIndex {
  const load = () => indexLinks(Object.entries(JSON.parse(readFileSync(join(generatedDir(), 'links.json'), 'utf8')) as LinksFile));
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
