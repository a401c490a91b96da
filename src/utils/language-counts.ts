import { LANGS, type Lang } from '../schemas/lang.ts';
import { resolutionsIn, type CatalogueEntry } from './archive.ts';

/** How many of each language's pages a list holds, so that a list can say where other languages hold more. */
export async function languageCounts(inList: (entry: CatalogueEntry) => boolean): Promise<Record<Lang, number>> {
  const pairs = await Promise.all(LANGS.map(async (lang) => [lang, (await resolutionsIn(lang)).filter(inList).length] as const));
  return Object.fromEntries(pairs) as Record<Lang, number>;
}
