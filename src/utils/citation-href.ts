import type { Lang } from '../schemas/lang.ts';
import { resolutionPath, undocsUrl } from './paths.ts';

/** What a citation names: a canonical UN symbol and, when the text pinpoints one, a paragraph as printed. */
export interface CitationTarget {
  cite: string;
  para?: string;
}

/** Where a citation's link goes, and whether it leaves the site. */
export interface CitationLink {
  href: string;
  external: boolean;
}

/**
 * A cited resolution the archive holds in the same language links to its page there, at
 * `#para-N` when the text pinpoints paragraph N; anything else links to the UN's own copy
 * on undocs.org in the same language.
 */
export function citationHref(
  target: CitationTarget,
  lang: Lang,
  inArchive: (symbol: string) => boolean,
  base?: string,
): CitationLink {
  if (inArchive(target.cite)) {
    // Only a plain paragraph number maps to an anchor; "57 (a)" and the like land on the page.
    const anchor = target.para && /^\d+$/.test(target.para) ? `para-${target.para}` : undefined;
    return { href: resolutionPath(lang, target.cite, anchor, base), external: false };
  }
  return { href: undocsUrl(lang, target.cite), external: true };
}
