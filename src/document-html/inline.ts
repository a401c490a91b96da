import { citationHref } from '../utils/citation-href.ts';
import { inlineSegmentsOf, type InlineProp } from '../utils/inline-prop.ts';
import type { DocumentContext } from '../utils/document-context.ts';
import { attr, text } from './html.ts';

/**
 * Inline content of a paragraph, heading or footnote: text as text, footnote marks, citation
 * links (to the page in the reader's language, another version marked `[zh]`, or undocs.org).
 */
export function inlineHtml(inline: InlineProp, context: Pick<DocumentContext, 'lang' | 'archive'>): string {
  let html = '';
  for (const segment of inlineSegmentsOf(inline)) {
    if ('t' in segment) html += text(segment.t);
    else if ('fn' in segment) html += `<sup><a${attr('id', segment.id)}${attr('href', `#fn-${segment.fn}`)}>${segment.fn}</a></sup>`;
    else {
      const { href, external, hreflang } = citationHref(segment, context.lang, context.archive);
      html += `<a class="cite"${attr('href', href)}${attr('hreflang', hreflang)}${attr('rel', external ? 'noopener noreferrer' : undefined)}>${text(segment.text)}</a>`;
      if (hreflang) html += `<span class="cite-lang" lang="en">${text(` [${hreflang}]`)}</span>`;
    }
  }
  return html;
}
