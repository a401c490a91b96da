import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { versionFor } from '../../src/utils/citation-href.ts';
import type { ModelIndex } from '../../src/utils/index-cards.ts';

/**
 * Everything a resolution page shows that comes from other pages, as one string: the languages
 * its symbol is held in (language links, hreflang), the resolutions citing it ("cited by"), and
 * for each resolution it cites, the version a link lands in and that version's paragraph ids.
 * If this string and the page's own sources are unchanged, so is the page: a rebuild can skip it.
 */
export function pageDependencies(card: Pick<CatalogueCard, 'symbol' | 'lang' | 'refs'>, index: ModelIndex, cardsById: ReadonlyMap<string, Pick<CatalogueCard, 'anchors'>>): string {
  const cited = [...new Set(card.refs.map((ref) => ref.target))].sort().map((target) => {
    const version = versionFor(target, card.lang, index.archive);
    return [target, version ?? null, version ? (cardsById.get(`${version}/${target}`)?.anchors ?? []) : []];
  });
  return JSON.stringify([index.archive.languages(card.symbol), index.citedBy.get(card.symbol) ?? [], cited]);
}
