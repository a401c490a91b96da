import { LANGS, type Lang } from '../schemas/lang.ts';
import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import { countBy } from '../utils/count-by.ts';
import { homePath, landingPath, resolutionPath, sdgPath, sdgsPath, sessionPath, sessionsPath, subjectPath, subjectsPath, yearPath } from '../utils/paths.ts';
import { SDG_GOALS } from '../utils/sdg-goals.ts';
import { sessionKeys } from '../utils/sessions.ts';
import { subjectsOf } from '../utils/subjects.ts';
import { adoptionYears } from '../utils/years.ts';
import { versionUrls, type SitemapUrl } from './sitemap.ts';

/**
 * Every page of the archive a search engine should know, as sitemap entries, from the catalogue:
 * the landing page; the six language homes (alternates of each other, the landing page their
 * `x-default`); the lists by year, session, goal and subject, which exist in all six languages
 * (alternates too); each resolution in every language held (alternates when more than one).
 * Left out: the search and compare pages, whose content is made in the browser from their query.
 * `url` turns a root-relative path into the absolute URL a sitemap needs; `translatedPages` are
 * pages outside the catalogue (the documentation), each as the versions it has, listed last
 * (alternates of each other when a page has more than one).
 */
export function archiveSitemapUrls(
  cards: readonly CatalogueCard[],
  url: (path: string) => string,
  base?: string,
  translatedPages: readonly (readonly { lang: Lang; path: string }[])[] = [],
): SitemapUrl[] {
  const inAllLanguages = (path: (lang: Lang) => string, xDefault?: string) =>
    versionUrls(LANGS.map((lang) => ({ hreflang: lang, href: url(path(lang)) })), xDefault);
  const heldGoals = countBy(cards, (card) => card.sdgGoals);
  const lists: ((lang: Lang) => string)[] = [
    ...adoptionYears(cards.map((card) => card.adopted)).map((year) => (lang: Lang) => yearPath(lang, year, base)),
    (lang) => sessionsPath(lang, base),
    ...sessionKeys(cards).map((key) => (lang: Lang) => sessionPath(lang, key, undefined, base)),
    (lang) => sdgsPath(lang, base),
    ...SDG_GOALS.filter((goal) => heldGoals.has(String(goal))).map((goal) => (lang: Lang) => sdgPath(lang, goal, base)),
    (lang) => subjectsPath(lang, base),
    ...subjectsOf(cards).map((subject) => (lang: Lang) => subjectPath(lang, subject.slug, base)),
  ];
  const langsBySymbol = new Map<string, Set<Lang>>();
  for (const card of cards) langsBySymbol.set(card.symbol, (langsBySymbol.get(card.symbol) ?? new Set()).add(card.lang));
  const symbols = [...langsBySymbol.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const landing = url(landingPath(base));
  return [
    { loc: landing, alternates: [] },
    ...inAllLanguages((lang) => homePath(lang, base), landing),
    ...lists.flatMap((path) => inAllLanguages(path)),
    ...symbols.flatMap((symbol) => {
      const held = LANGS.filter((lang) => langsBySymbol.get(symbol)!.has(lang));
      return versionUrls(held.map((lang) => ({ hreflang: lang, href: url(resolutionPath(lang, symbol, undefined, base)) })));
    }),
    ...translatedPages.flatMap((versions) => versionUrls(versions.map(({ lang, path }) => ({ hreflang: lang, href: url(path) })))),
  ];
}
