import { LANGS, type Lang } from '../schemas/lang.ts';
import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import { archiveLookup, type ArchiveLookup } from './citation-href.ts';
import { buildCitedBy, type CitedByIndex } from './cited-by.ts';

/** What every resolution page needs to know of the whole archive, computed from the catalogue. */
export interface ModelIndex {
  /** Which symbols are held in which languages, and which paragraph anchors each page has. */
  archive: ArchiveLookup;
  /** Who cites each symbol. */
  citedBy: CitedByIndex;
}

/** The index over plain catalogue cards: pure, for the site and for scripts/site.ts, which must know what each page depends on. */
export function indexCards(cards: Iterable<Pick<CatalogueCard, 'symbol' | 'lang' | 'anchors' | 'refs'>>): ModelIndex {
  const languages = new Map<string, Lang[]>();
  const anchors = new Map<string, Set<string>>();
  const citing: { symbol: string; lang: Lang; refs: CatalogueCard['refs'] }[] = [];
  for (const card of cards) {
    languages.set(card.symbol, [...(languages.get(card.symbol) ?? []), card.lang]);
    anchors.set(`${card.lang} ${card.symbol}`, new Set(card.anchors));
    citing.push({ symbol: card.symbol, lang: card.lang, refs: card.refs });
  }
  for (const [symbol, held] of languages) languages.set(symbol, LANGS.filter((lang) => held.includes(lang)));
  return { archive: archiveLookup(languages, anchors), citedBy: buildCitedBy(citing) };
}
