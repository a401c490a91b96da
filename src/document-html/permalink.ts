import type { ParagraphPin } from '../cite/page.ts';
import { attr, text } from './html.ts';

/**
 * The "¶" link to a paragraph's own anchor (the page's script copies its absolute URL; without
 * script an ordinary link) and, for a citable paragraph, the “ control that opens the page's
 * menu of its citations, carrying the pinpoints compactly (`data-pin` the UN's; `data-at`,
 * `data-kind`, `data-annex` the English styles' parts, kind and annex only where they are not an
 * operative paragraph outside annexes; src/scripts/cite.ts makes the citations from them).
 */
export function permalinkHtml(target: string, label: string, cite?: { pin: ParagraphPin; label: string }): string {
  const link = `<a class="permalink"${attr('href', `#${target}`)}${attr('aria-label', label)}${attr('title', label)}>${text('¶')}</a>`;
  const en = cite?.pin.en;
  if (!cite || !en) return link;
  const data = `${attr('data-pin', cite.pin.un)}${attr('data-at', en.at)}${attr('data-kind', en.kind === 'para' ? undefined : en.kind)}${attr('data-annex', en.annex ?? undefined)}`;
  return `${link}<button type="button" class="para-cite"${data}${attr('aria-label', cite.label)}></button>`;
}
