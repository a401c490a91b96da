import { LANGS, type Lang } from '../schemas/lang.ts';
import type { PageLinks } from '../schemas/page-links.ts';
import { archiveLookup, type ArchiveLookup } from './citation-href.ts';
import { buildCitedBy, type CitedByIndex } from './cited-by.ts';

/** What every resolution page needs to know of the whole archive: who holds what, who cites whom. */
export interface ModelIndex {
  /** Which symbols are held in which languages, and which paragraph anchors each page has. */
  archive: ArchiveLookup;
  /** Who cites each symbol. */
  citedBy: CitedByIndex;
}

/** A page id, `zh/E/RES/2015/26`, as its language and its symbol. */
export function splitPageId(id: string): { lang: Lang; symbol: string } {
  const slash = id.indexOf('/');
  return { lang: id.slice(0, slash) as Lang, symbol: id.slice(slash + 1) };
}

/** The index over every page's links (`.generated/links.json`): pure, for the site and for scripts/site.ts. */
export function indexLinks(pages: Iterable<[string, PageLinks]>): ModelIndex {
  const languages = new Map<string, Lang[]>();
  const anchors = new Map<string, Set<string>>();
  const citing: { symbol: string; lang: Lang; refs: PageLinks['refs'] }[] = [];
  for (const [id, links] of pages) {
    const { lang, symbol } = splitPageId(id);
    languages.set(symbol, [...(languages.get(symbol) ?? []), lang]);
    anchors.set(`${lang} ${symbol}`, new Set(links.anchors));
    citing.push({ symbol, lang, refs: links.refs });
  }
  for (const [symbol, held] of languages) languages.set(symbol, LANGS.filter((lang) => held.includes(lang)));
  return { archive: archiveLookup(languages, anchors), citedBy: buildCitedBy(citing) };
}
