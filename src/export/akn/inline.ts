import { findCitations } from '../../pipeline/citations/find-citations.ts';
import type { Lang } from '../../schemas/lang.ts';
import { el, type XmlNode } from './xml.ts';

/** Where a UN document symbol is published, in the reader's language: the address the UN's own files link to. */
export function undocsHref(symbol: string, lang: Lang): string {
  return `https://undocs.org/${lang}/${symbol.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * A paragraph's words with each citation the archive reads in them (the same reader that
 * makes the model's `refs`) set as `<ref href>` to the cited document on undocs.org. The
 * printed text is kept exactly: a `ref` only wraps it.
 */
export function inlineNodes(text: string, lang: Lang): XmlNode[] {
  const out: XmlNode[] = [];
  let last = 0;
  for (const citation of findCitations(text, { lang })) {
    if (citation.start > last) out.push(text.slice(last, citation.start));
    out.push(el('ref', { href: undocsHref(citation.target, lang) }, text.slice(citation.start, citation.end)));
    last = citation.end;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
