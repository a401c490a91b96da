import { textOf } from './html.ts';

/*
 * Readers for the browse pages' HTML (src/components/BrowseIndex.astro, ResolutionList.astro),
 * for the site tests.
 */

/** One entry of a browse index: its link (null when it has no page), its label and the number in its count. */
export interface IndexEntry {
  href: string | null;
  label: string;
  count: number;
}

/** The entries of the browse index of a page, in order. */
export function indexEntries(html: string): IndexEntry[] {
  return [...html.matchAll(/<li class="browse-index-entry[^"]*">(.*?)<\/li>/g)].map(([, inner = '']) => {
    const count = /<span class="browse-count">(.*?)<\/span>/.exec(inner)?.[1] ?? '';
    const label = inner.replace(/<span class="browse-(?:count|index-note)">.*?<\/span>/g, '');
    return {
      href: /<a href="([^"]*)"/.exec(inner)?.[1] ?? null,
      label: textOf(label).trim(),
      count: Number(/\d+/.exec(textOf(count))?.[0] ?? NaN),
    };
  });
}

/** The resolution pages a page lists, in order. */
export function listedPages(html: string): string[] {
  return [...html.matchAll(/<a class="resolution-list-title" href="([^"]*)"/g)].map((m) => m[1] ?? '');
}
