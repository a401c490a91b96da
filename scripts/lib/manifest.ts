import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reissue } from '../../src/pipeline/read-reissue.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import type { LinksFile, PageLinks } from '../../src/schemas/page-links.ts';

/** What the last conversion made of one source: the cache key it was converted under, the page it gave, its warnings, its reissue note. */
export interface ManifestEntry {
  source: string;
  key: string;
  warnings: string[];
  reissue: Reissue | null;
}

/** The last conversion's pages by id (`.generated/manifest.json`), and their catalogue cards. */
export interface PreviousConversion {
  pages: Map<string, ManifestEntry>;
  cards: Map<string, CatalogueCard>;
  links: Map<string, PageLinks>;
}

/**
 * Reads what the last conversion wrote into `generated`, so that a source whose bytes, path and
 * pipeline are unchanged (the same cache key) is neither converted nor read from the cache again:
 * its page, model and card are already there. Anything missing or unreadable reads as empty.
 */
export function readPreviousConversion(generated: string): PreviousConversion {
  try {
    const pages = JSON.parse(readFileSync(join(generated, 'manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
    const cards = JSON.parse(readFileSync(join(generated, 'catalogue.json'), 'utf8')) as CatalogueCard[];
    const links = JSON.parse(readFileSync(join(generated, 'links.json'), 'utf8')) as LinksFile;
    return { pages: new Map(Object.entries(pages)), cards: new Map(cards.map((card) => [card.id, card])), links: new Map(Object.entries(links)) };
  } catch {
    return { pages: new Map(), cards: new Map(), links: new Map() };
  }
}

/** An object as JSON with its keys sorted and one entry a line: the same data, the same bytes, and diffs that read as the pages that changed. */
export function jsonByLine(entries: ReadonlyMap<string, unknown>): string {
  const ids = [...entries.keys()].sort();
  return `{\n${ids.map((id) => `${JSON.stringify(id)}: ${JSON.stringify(entries.get(id))}`).join(',\n')}\n}\n`;
}
