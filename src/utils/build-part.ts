import { LANGS, type Lang } from '../schemas/lang.ts';

/**
 * Which part of the site an `astro build` writes. A whole build (the default) writes everything;
 * scripts/site.ts builds the archive in slices, each writing one slice of the resolution pages
 * (`ARCHIVE_PART=pages`), and once the rest: homes, lists, search, catalogue (`ARCHIVE_PART=lists`).
 * Routes with parameters return no paths for a part they do not belong to.
 */
const part = process.env.ARCHIVE_PART;

/** Whether this build writes the resolution pages (and their `.json` models). */
export const buildsResolutionPages = part !== 'lists';

/**
 * Whether this build writes each resolution's exports (`.json`, `.akn.xml`, `.bib`, `.ris`,
 * `.csl.json`) through Astro routes: a whole build and the development server do; the sliced build
 * writes them itself beside each slice (scripts/site/write-exports.ts, from the same
 * src/export/model-exports.ts), five files a page without a route's cost for each.
 */
export const buildsModelExports = part === undefined;

/** Whether this build writes everything else: homes, year lists, search, catalogue. */
export const buildsLists = part !== 'pages';

/** The paths of a list route built once per UI language (`/zh/search/`, `/zh/sdgs/`…): one per language in the lists part, none in a slice of pages. */
export function everyLanguageList(): { params: { lang: Lang }; props: { lang: Lang } }[] {
  return buildsLists ? LANGS.map((lang) => ({ params: { lang }, props: { lang } })) : [];
}
