import type { PageLinks } from '../schemas/page-links.ts';
import { versionFor } from './citation-href.ts';
import { splitPageId, type ModelIndex } from './index-cards.ts';

/**
 * Everything a resolution page shows that comes from other pages, as one string: the languages
 * its symbol is held in (language links, hreflang), the resolutions citing it ("cited by"), and
 * for each resolution it cites, the version a link lands in and that version's paragraph ids.
 * If this string and the page's own sources are unchanged, so is the page: a rebuild can skip it.
 */
export function pageDependencies(id: string, index: ModelIndex, links: ReadonlyMap<string, PageLinks>): string {
  const { lang, symbol } = splitPageId(id);
  const refs = links.get(id)?.refs ?? [];
  const cited = [...new Set(refs.map((ref) => ref.target))].sort().map((target) => {
    const version = versionFor(target, lang, index.archive);
    return [target, version ?? null, version ? (links.get(`${version}/${target}`)?.anchors ?? []) : []];
  });
  return JSON.stringify([index.archive.languages(symbol), index.citedBy.get(symbol) ?? [], cited]);
}

/**
 * The part of the archive's links a slice's pages need, such that every one of its pages comes
 * out as from the whole: its own pages in full; every language version of the symbols it holds
 * and cites (languages held, anchors); and of every other page, only its citations of the
 * slice's symbols ("cited by"). A slice then loads kilobytes where the whole archive is megabytes.
 */
export function linksForSlice(ids: readonly string[], links: ReadonlyMap<string, PageLinks>): Record<string, PageLinks> {
  const own = new Set(ids);
  const symbols = new Set(ids.map((id) => splitPageId(id).symbol));
  const cited = new Set(ids.flatMap((id) => (links.get(id)?.refs ?? []).map((ref) => ref.target)));
  const slice: Record<string, PageLinks> = {};
  for (const [id, page] of links) {
    if (own.has(id)) {
      slice[id] = page;
      continue;
    }
    const { symbol } = splitPageId(id);
    const known = symbols.has(symbol) || cited.has(symbol);
    const citing = page.refs.filter((ref) => symbols.has(ref.target));
    if (known || citing.length > 0) slice[id] = { anchors: known ? page.anchors : [], refs: citing };
  }
  return slice;
}
