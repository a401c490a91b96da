import { LANGS, type Lang } from '../../src/schemas/lang.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { adoptionYear } from '../../src/utils/years.ts';

/** A part of the archive one `astro build` renders: pages of one language, from consecutive years. */
export interface Slice {
  /** "en-1946-1961": the language, then the first and last year of adoption it holds ("undated" for none). */
  name: string;
  lang: Lang;
  /** The page ids (`${lang}/${symbol}`) it renders, sorted. */
  ids: string[];
}

/**
 * Cuts the archive's pages into slices of at most `maxPages`, each one language and a run of
 * consecutive years of adoption, never splitting a year unless the year alone is over the cap.
 * Why years: a new or changed resolution then falls into the slice of its year, and only that
 * slice (and the pages its citations touch) is rendered again. Pure: the same cards, the same slices.
 */
export function planSlices(cards: readonly Pick<CatalogueCard, 'id' | 'lang' | 'adopted'>[], maxPages: number): Slice[] {
  const cap = Math.max(1, Math.floor(maxPages));
  const slices: Slice[] = [];
  for (const lang of LANGS) {
    const byYear = new Map<string, string[]>();
    for (const card of cards) {
      if (card.lang !== lang) continue;
      const year = adoptionYear(card.adopted) ?? 'undated';
      const list = byYear.get(year);
      if (list) list.push(card.id);
      else byYear.set(year, [card.id]);
    }
    // Years in order, undated last; a year over the cap becomes several slices of its own.
    const years = [...byYear.keys()].sort((a, b) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)));
    let current: { years: string[]; ids: string[] } = { years: [], ids: [] };
    const close = () => {
      if (current.ids.length === 0) return;
      const first = current.years[0]!;
      const last = current.years.at(-1)!;
      slices.push({ name: `${lang}-${first === last ? first : `${first}-${last}`}`, lang, ids: current.ids.sort() });
      current = { years: [], ids: [] };
    };
    for (const year of years) {
      const ids = byYear.get(year)!.sort();
      if (ids.length > cap) {
        close();
        for (let start = 0, k = 1; start < ids.length; start += cap, k++) {
          slices.push({ name: `${lang}-${year}.${k}`, lang, ids: ids.slice(start, start + cap) });
        }
        continue;
      }
      if (current.ids.length + ids.length > cap) close();
      current.years.push(year);
      current.ids.push(...ids);
    }
    close();
  }
  return slices;
}
