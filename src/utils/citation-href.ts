import { LANGS, type Lang } from '../schemas/lang.ts';
import { resolutionPath, undocsUrl } from './paths.ts';

/** What a citation names: a canonical UN symbol and, when the text pinpoints one, a paragraph as printed. */
export interface CitationTarget {
  cite: string;
  para?: string;
}

/** What the archive holds, as a citation link needs to know it: computed once per build (model-index.ts). */
export interface ArchiveLookup {
  /** The languages the archive holds a symbol in; empty when it holds none. */
  languages(symbol: string): readonly Lang[];
  /** Whether the page of `symbol` in `lang` has the element id `id`. */
  hasAnchor(lang: Lang, symbol: string, id: string): boolean;
}

/** Where a citation's link goes, whether it leaves the site, and the other language it lands in, if any. */
export interface CitationLink {
  href: string;
  external: boolean;
  /** Set when the link goes to another language version because the reader's one is missing. */
  hreflang?: Lang;
}

/** The language version a link to `symbol` should land in: the reader's own, else the first held in the UN's order. */
export function versionFor(symbol: string, lang: Lang, archive: ArchiveLookup): Lang | undefined {
  const held = archive.languages(symbol);
  if (held.includes(lang)) return lang;
  return LANGS.find((other) => held.includes(other));
}

/**
 * A cited resolution the archive holds links to its page in the same language, at `#para-N`
 * when the text pinpoints paragraph N and that page has the anchor; when that language is
 * missing, to another version (marked by `hreflang`); anything else to the UN's own copy on
 * undocs.org in the same language.
 */
export function citationHref(target: CitationTarget, lang: Lang, archive: ArchiveLookup, base?: string): CitationLink {
  const version = versionFor(target.cite, lang, archive);
  if (!version) return { href: undocsUrl(lang, target.cite), external: true };
  // Only a plain paragraph number maps to an anchor; "57 (a)" and the like land on the paragraph's number when it exists.
  const num = target.para?.match(/^\d+/)?.[0];
  const anchor = num && archive.hasAnchor(version, target.cite, `para-${num}`) ? `para-${num}` : undefined;
  const href = resolutionPath(version, target.cite, anchor, base);
  return version === lang ? { href, external: false } : { href, external: false, hreflang: version };
}

/** A lookup over plain data: `languages` by symbol, anchors by `"{lang} {symbol}"`. Handy for tests and small builds. */
export function archiveLookup(languages: Map<string, readonly Lang[]>, anchors: Map<string, ReadonlySet<string>>): ArchiveLookup {
  return {
    languages: (symbol) => languages.get(symbol) ?? [],
    hasAnchor: (lang, symbol, id) => anchors.get(`${lang} ${symbol}`)?.has(id) ?? false,
  };
}
