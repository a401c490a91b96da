import type { Lang } from '../schemas/lang.ts';

/*
 * Every URL of the site is built here, so that the whole site follows Astro's `base`
 * (`https://example.org/archive/`). `base` defaults to the build's BASE_URL; tests pass their own.
 */

/** A path inside the site, under the base: `withBase('zh/')` is `/archive/zh/` when the base is `/archive/`. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

/** A UN symbol as a URL path: its slashes kept (the contract's URLs), each part percent-encoded. */
export function symbolPath(symbol: string): string {
  return symbol.split('/').map(encodeURIComponent).join('/');
}

/** The landing page, `/`. */
export function landingPath(base?: string): string {
  return withBase('', base);
}

/** The home of one UI language, `/zh/`. */
export function homePath(lang: Lang, base?: string): string {
  return withBase(`${lang}/`, base);
}

/** A resolution in one language, `/zh/E/RES/2015/26/`, optionally at a paragraph: `…/26/#para-32`. */
export function resolutionPath(lang: Lang, symbol: string, anchor?: string, base?: string): string {
  const page = withBase(`${lang}/${symbolPath(symbol)}/`, base);
  return anchor ? `${page}#${anchor}` : page;
}

/** The model of a resolution page, `/zh/E/RES/2015/26.json`. */
export function modelPath(lang: Lang, symbol: string, base?: string): string {
  return withBase(`${lang}/${symbolPath(symbol)}.json`, base);
}

/** The search page of one language, `/zh/search/`, optionally with a query. */
export function searchPath(lang: Lang, query?: string, base?: string): string {
  const page = withBase(`${lang}/search/`, base);
  return query ? `${page}?q=${encodeURIComponent(query)}` : page;
}

/** The UN's own copy of a document in one language: `https://undocs.org/zh/E/2015/31`. */
export function undocsUrl(lang: Lang, symbol: string): string {
  return `https://undocs.org/${lang}/${symbolPath(symbol)}`;
}

/** The resolutions adopted in one year, in one language: `/zh/years/2015/`. */
export function yearPath(lang: Lang, year: string, base?: string): string {
  return withBase(`${lang}/years/${encodeURIComponent(year)}/`, base);
}

/**
 * The side-by-side view of two language versions, `/zh/compare/?symbol=E/RES/2023/3&with=en`: the
 * page's language on one side, `with` on the other. The symbol keeps its slashes, legal in a query
 * and easier to read in a shared link.
 */
export function comparePath(lang: Lang, symbol?: string, withLang?: Lang, base?: string): string {
  const page = withBase(`${lang}/compare/`, base);
  const query = [
    ...(symbol ? [`symbol=${encodeURIComponent(symbol).replace(/%2F/gi, '/')}`] : []),
    ...(withLang ? [`with=${withLang}`] : []),
  ];
  return query.length > 0 ? `${page}?${query.join('&')}` : page;
}

/** The sessions of the archive, in one language: `/zh/sessions/`. */
export function sessionsPath(lang: Lang, base?: string): string {
  return withBase(`${lang}/sessions/`, base);
}

/** The resolutions of one session (a key of session-key.ts), optionally at an agenda item's group: `/zh/sessions/2023/#item-18-b`. */
export function sessionPath(lang: Lang, key: string, anchor?: string, base?: string): string {
  const page = withBase(`${lang}/sessions/${encodeURIComponent(key)}/`, base);
  return anchor ? `${page}#${anchor}` : page;
}

/** The 17 Sustainable Development Goals, in one language: `/zh/sdgs/`. */
export function sdgsPath(lang: Lang, base?: string): string {
  return withBase(`${lang}/sdgs/`, base);
}

/** The resolutions classified under one goal: `/zh/sdgs/3/`. */
export function sdgPath(lang: Lang, goal: number, base?: string): string {
  return withBase(`${lang}/sdgs/${goal}/`, base);
}

/** The subjects of the archive, in one language: `/zh/subjects/`. */
export function subjectsPath(lang: Lang, base?: string): string {
  return withBase(`${lang}/subjects/`, base);
}

/** The resolutions classified under one subject (a slug of subjects.ts): `/zh/subjects/public-health/`. */
export function subjectPath(lang: Lang, slug: string, base?: string): string {
  return withBase(`${lang}/subjects/${encodeURIComponent(slug)}/`, base);
}

/** The path extension of each citation download of a resolution: `/zh/E/RES/2015/26.bib`. */
export const CITATION_FILE_EXTENSIONS = { bibtex: 'bib', ris: 'ris', 'csl-json': 'csl.json' } as const;

/** A citation download of a resolution: `/zh/E/RES/2015/26.bib`, `.ris`, `.csl.json`. */
export function citationFilePath(lang: Lang, symbol: string, format: keyof typeof CITATION_FILE_EXTENSIONS, base?: string): string {
  return withBase(`${lang}/${symbolPath(symbol)}.${CITATION_FILE_EXTENSIONS[format]}`, base);
}

/** The Atom feed of one language's latest resolutions: `/zh/feed.xml`. */
export function feedPath(lang: Lang, base?: string): string {
  return withBase(`${lang}/feed.xml`, base);
}

/**
 * The share card of one resolution page (Open Graph and Twitter image), beside the page:
 * `/zh/E/RES/2015/26/card.png`. scripts/site.ts draws it; without the fonts it is the language's static card.
 */
export function resolutionCardPath(lang: Lang, symbol: string, base?: string): string {
  return withBase(`${lang}/${symbolPath(symbol)}/card.png`, base);
}

/** A page of the documentation in one language, `/zh/docs/citing/`; the first page, `index`, is `/zh/docs/`. */
export function docsPath(lang: Lang, page = 'index', anchor?: string, base?: string): string {
  const path = withBase(page === 'index' ? `${lang}/docs/` : `${lang}/docs/${encodeURIComponent(page)}/`, base);
  return anchor ? `${path}#${anchor}` : path;
}

/** The Akoma Ntoso export of a resolution page, `/zh/E/RES/2015/26.akn.xml`. */
export function aknPath(lang: Lang, symbol: string, base?: string): string {
  return withBase(`${lang}/${symbolPath(symbol)}.akn.xml`, base);
}
