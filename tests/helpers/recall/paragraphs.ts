import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../../src/schemas/lang.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { searchableBlocks, type SearchableBlock } from '../../../src/search/searchable-blocks.ts';

/**
 * The searchable text blocks of the models, one per anchor a search result can land on
 * (src/search/searchable-blocks.ts, what the search index holds), with their resolution.
 */
export interface Paragraph {
  lang: Lang;
  symbol: string;
  /** The contract anchor: "para-12", "preamble-3", "fn-4", "section-2". */
  id: string;
  kind: SearchableBlock['kind'];
  /** The text, runs of white space (no-break spaces included) as one space: what a reader types. */
  text: string;
}

/** One resolution's blocks, in reading order (a paragraph's own words before its items). */
export function paragraphsOfModel(model: Pick<Resolution, 'lang' | 'symbol' | 'preamble' | 'body' | 'annexes' | 'footnotes'>): Paragraph[] {
  return searchableBlocks(model).map(({ id, kind, text }) => ({ lang: model.lang, symbol: model.symbol, id, kind, text }));
}

/**
 * Every model of one language under `root`, which has the site's layout `{lang}/{symbol}.json`:
 * `.generated/models/` as scripts/build.ts writes it, or a built site, which serves the same
 * models (so a query set can be made from exactly the site that is searched). Files that are
 * not models are skipped. Sorted by symbol, so the order does not depend on the file system.
 */
export function loadModels(root: string, lang: Lang): Resolution[] {
  const dir = join(root, lang);
  if (!existsSync(dir)) return [];
  const models: Resolution[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json')) {
        const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<Resolution>;
        if (data.lang === lang && typeof data.symbol === 'string' && Array.isArray(data.preamble)) models.push(data as Resolution);
      }
    }
  };
  walk(dir);
  return models.sort((a, b) => (a.symbol < b.symbol ? -1 : a.symbol > b.symbol ? 1 : 0));
}
