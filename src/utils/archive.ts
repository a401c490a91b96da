import { getCollection, type CollectionEntry } from 'astro:content';
import { LANGS, type Lang } from '../schemas/lang.ts';

/** One resolution page's card in the `catalogue` collection: its metadata, no text. */
export type CatalogueEntry = CollectionEntry<'catalogue'>;

/** The archive's pages, newest first, and the two ways every page looks them up. */
interface ArchiveIndex {
  entries: CatalogueEntry[];
  byLang: Map<Lang, CatalogueEntry[]>;
  langsBySymbol: Map<string, Lang[]>;
}

let cached: Promise<ArchiveIndex> | undefined;

/**
 * Loaded once per build from the catalogue (every page of the archive, whichever slice this
 * build renders): every page asks, and thousands of pages each scanning the whole collection
 * would make the build quadratic. In dev it is reloaded on each request, so that a regenerated
 * source shows up.
 */
function archiveIndex(): Promise<ArchiveIndex> {
  const load = async (): Promise<ArchiveIndex> => {
    const entries = (await getCollection('catalogue')).sort(newestFirst);
    const byLang = new Map<Lang, CatalogueEntry[]>(LANGS.map((lang) => [lang, []]));
    const langsBySymbol = new Map<string, Lang[]>();
    for (const entry of entries) {
      byLang.get(entry.data.lang)?.push(entry);
      langsBySymbol.set(entry.data.symbol, [...(langsBySymbol.get(entry.data.symbol) ?? []), entry.data.lang]);
    }
    return { entries, byLang, langsBySymbol };
  };
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}

/** Newest adoption first; undated last; ties by symbol, later numbers first. */
export function newestFirst(a: CatalogueEntry, b: CatalogueEntry): number {
  const byDate = (b.data.adopted ?? '').localeCompare(a.data.adopted ?? '');
  return byDate !== 0 ? byDate : b.data.symbol.localeCompare(a.data.symbol, 'en', { numeric: true });
}

/** Every resolution page of the archive, newest first. */
export async function allResolutions(): Promise<CatalogueEntry[]> {
  return (await archiveIndex()).entries;
}

/** The resolution pages in one language, newest first. */
export async function resolutionsIn(lang: Lang): Promise<CatalogueEntry[]> {
  return (await archiveIndex()).byLang.get(lang) ?? [];
}

/** The languages a resolution is available in, in the UN's order. */
export async function languagesOf(symbol: string): Promise<Lang[]> {
  const langs = (await archiveIndex()).langsBySymbol.get(symbol) ?? [];
  return LANGS.filter((lang) => langs.includes(lang));
}
