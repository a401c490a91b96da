import { LANGS } from '../../src/schemas/lang.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { adoptionYear } from '../../src/utils/years.ts';

/** A part of the archive one `astro build` renders: the pages, in every language, of a run of consecutive years. */
export interface Slice {
  /** "1946-1961": the first and last year of adoption it holds ("undated" for none); "1990.2" for the second part of a year over the cap. */
  name: string;
  /** The page ids (`${lang}/${symbol}`) it renders, sorted by language in the UN's order, then by id. */
  ids: string[];
}

/**
 * Cuts the archive's pages into slices of at most `maxPages`, each a run of consecutive years of
 * adoption in every language, never splitting a year unless the year alone is over the cap.
 * Why years: a new or changed resolution then falls into the slice of its year, and only that
 * slice (and the pages its citations touch) is rendered again. Why every language: an `astro
 * build` has a fixed cost of seconds, so the fewer slices the memory allows, the faster the
 * build (docs/performance.md); the search index, which goes language by language, reads the
 * models, not the slices. Pure: the same cards, the same slices.
 */
export function planSlices(cards: readonly Pick<CatalogueCard, 'id' | 'lang' | 'adopted'>[], maxPages: number): Slice[] {
  const cap = Math.max(1, Math.floor(maxPages));
  const byYear = new Map<string, Pick<CatalogueCard, 'id' | 'lang'>[]>();
  for (const card of cards) {
    const year = adoptionYear(card.adopted) ?? 'undated';
    const list = byYear.get(year);
    if (list) list.push(card);
    else byYear.set(year, [card]);
  }
  const inOrder = (list: Pick<CatalogueCard, 'id' | 'lang'>[]) =>
    list.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((card) => card.id);
  // Years in order, undated last; a year over the cap becomes several slices of its own.
  const years = [...byYear.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)));
  const slices: Slice[] = [];
  let current: { years: string[]; ids: string[] } = { years: [], ids: [] };
  const close = () => {
    if (current.ids.length === 0) return;
    const first = current.years[0]!;
    const last = current.years.at(-1)!;
    slices.push({ name: first === last ? first : `${first}-${last}`, ids: current.ids });
    current = { years: [], ids: [] };
  };
  for (const year of years) {
    const ids = inOrder(byYear.get(year)!);
    if (ids.length > cap) {
      close();
      for (let start = 0, k = 1; start < ids.length; start += cap, k++) slices.push({ name: `${year}.${k}`, ids: ids.slice(start, start + cap) });
      continue;
    }
    if (current.ids.length + ids.length > cap) close();
    current.years.push(year);
    current.ids.push(...ids);
  }
  close();
  return slices;
}
