import type { Handler } from '../context.ts';
import { attr } from '../html.ts';

/** `<Footnotes>`: the footnotes below a short rule, as the UN sets them at the foot of the page. */
export const footnotes: Handler = ({ children, context }) =>
  `<section class="doc-footnotes"${attr('aria-label', context.strings.parts.footnotes)}><ol class="footnote-list">${children}</ol></section>`;
