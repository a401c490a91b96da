import { join } from 'node:path';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { link } from '../site/slice-input.ts';

/**
 * Puts each page's share card beside the page, where its head says it is
 * (`{lang}/{symbol}/card.png`, paths.ts resolutionCardPath), as a hard link to the drawn (or static) card.
 */
export function placeCards(outDir: string, cards: readonly CatalogueCard[], files: ReadonlyMap<string, string>): void {
  for (const card of cards) {
    const file = files.get(card.id);
    if (!file) throw new Error(`site: no share card was drawn for ${card.id}`);
    link(file, join(outDir, card.lang, ...card.symbol.split('/'), 'card.png'));
  }
}
