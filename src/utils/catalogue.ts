import { LANGS, type Lang } from '../schemas/lang.ts';
import type { ResolutionPage } from '../schemas/resolution-page.ts';
import { resolutionPath } from './paths.ts';

/** One language version of a resolution in the catalogue. */
export interface CatalogueVersion {
  title: string;
  /** Its page, under the site's base: `/archive/zh/E/RES/2015/26/`. */
  url: string;
}

/** One resolution of the catalogue, `/api/index.json`. */
export interface CatalogueEntry {
  symbol: string;
  organ: ResolutionPage['organ'];
  number: string;
  adopted: string | null;
  meeting: number | null;
  agendaItem: string | null;
  /** The languages it is held in, in the UN's order. */
  languages: Lang[];
  versions: Partial<Record<Lang, CatalogueVersion>>;
}

/** The catalogue as served. */
export interface Catalogue {
  count: number;
  resolutions: CatalogueEntry[];
}

type PageData = Pick<ResolutionPage, 'symbol' | 'organ' | 'number' | 'lang' | 'title' | 'adopted' | 'meeting' | 'agendaItem'>;

/**
 * Gathers the language versions of each symbol into one entry, sorted by symbol (numbers
 * compared as numbers), each version's keys in the UN's language order: the same archive always
 * gives the same bytes. Metadata is taken from the first version in that order that has it.
 */
export function buildCatalogue(pages: PageData[], base?: string): Catalogue {
  const bySymbol = new Map<string, PageData[]>();
  for (const page of pages) bySymbol.set(page.symbol, [...(bySymbol.get(page.symbol) ?? []), page]);
  const symbols = [...bySymbol.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const resolutions = symbols.map((symbol): CatalogueEntry => {
    const versions = bySymbol.get(symbol)!.sort((a, b) => LANGS.indexOf(a.lang) - LANGS.indexOf(b.lang));
    const head = versions[0]!;
    const first = <K extends keyof PageData>(key: K) => versions.find((v) => v[key] !== null && v[key] !== undefined)?.[key] ?? null;
    return {
      symbol,
      organ: head.organ,
      number: head.number,
      adopted: first('adopted') as string | null,
      meeting: first('meeting') as number | null,
      agendaItem: first('agendaItem') as string | null,
      languages: versions.map((v) => v.lang),
      versions: Object.fromEntries(
        versions.map((v) => [v.lang, { title: v.title, url: resolutionPath(v.lang, symbol, undefined, base) }]),
      ),
    };
  });
  return { count: resolutions.length, resolutions };
}
