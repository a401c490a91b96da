import { getCollection, type CollectionEntry } from 'astro:content';
import { isLang, LANGS, type Lang } from '../i18n/index.ts';

/**
 * The documentation's pages (src/content/docs/{lang}/{page}.mdx): every page in English, the
 * reader's pages (what the archive is, how to cite) translated too. A language's docs show its
 * translations and, in its navigation, the English pages it lacks, marked as English.
 */

/** One page of the docs in one language. */
export interface DocsPage {
  lang: Lang;
  /** The page's id, the same in every language: `index`, `citing`. */
  page: string;
  entry: CollectionEntry<'docs'>;
}

/** A docs entry's language and page from its id ("zh/citing"); throws, naming the file, for one outside a language's folder. */
export function docsPageOf(entry: CollectionEntry<'docs'>): DocsPage {
  const [lang, page, ...rest] = entry.id.split('/');
  if (!isLang(lang) || !page || rest.length > 0) {
    throw new Error(`${entry.filePath ?? entry.id}: a docs page belongs in src/content/docs/{lang}/, one of the six languages`);
  }
  return { lang, page, entry };
}

/** The docs' pages: the English ones in the navigation's order (`order`), and each page's translations. */
export interface DocsCatalogue {
  /** The English pages, in order: every page of the docs. */
  pages: DocsPage[];
  /** The page in this language, or undefined when it is English only. */
  translation(lang: Lang, page: string): DocsPage | undefined;
  /** The languages a page is in, in the site's order of languages. */
  languagesOf(page: string): Lang[];
}

let catalogue: Promise<DocsCatalogue> | undefined;

/** The docs' pages, read once per build. A translation of a page English does not have fails the build. */
export function docsCatalogue(): Promise<DocsCatalogue> {
  catalogue ??= getCollection('docs').then((entries) => {
    const all = entries.map(docsPageOf);
    const pages = all.filter((p) => p.lang === 'en').sort((a, b) => a.entry.data.order - b.entry.data.order);
    const orphan = all.find((p) => !pages.some((en) => en.page === p.page));
    if (orphan) throw new Error(`${orphan.entry.filePath ?? orphan.entry.id}: no English page "${orphan.page}" to translate`);
    const byKey = new Map(all.map((p) => [`${p.lang}/${p.page}`, p]));
    return {
      pages,
      translation: (lang, page) => byKey.get(`${lang}/${page}`),
      languagesOf: (page) => LANGS.filter((lang) => byKey.has(`${lang}/${page}`)),
    };
  });
  return catalogue;
}

/** The language of the docs page being rendered, from its route's `lang` (English outside the docs' route). */
export function docsLangOf(params: Record<string, string | undefined>): Lang {
  return isLang(params.lang) ? params.lang : 'en';
}
