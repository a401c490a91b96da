import type { ResolutionMetadata } from '../schemas/resolution-metadata.ts';

/** How many resolutions a language's feed lists. */
export const FEED_SIZE = 50;

/**
 * The resolutions a feed lists: the latest `size` by adoption date, then by symbol (later numbers
 * first, compared as numbers), whatever the order given. A resolution without a date of adoption
 * is left out: an Atom entry needs a date, and the feed's order is the order of adoption.
 */
export function latestAdopted<T extends Pick<ResolutionMetadata, 'adopted' | 'symbol'>>(pages: readonly T[], size: number = FEED_SIZE): (T & { adopted: string })[] {
  return pages
    .filter((page): page is T & { adopted: string } => page.adopted !== null)
    .sort((a, b) => b.adopted.localeCompare(a.adopted) || b.symbol.localeCompare(a.symbol, 'en', { numeric: true }))
    .slice(0, size);
}
