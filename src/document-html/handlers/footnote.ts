import type { InlineProp } from '../../utils/inline-prop.ts';
import { stringProp, type Handler } from '../context.ts';
import { attr, text } from '../html.ts';
import { inlineHtml } from '../inline.ts';

/**
 * `<Footnote id n backrefs inline>`: one footnote under `fn-N` with a link back to each of its
 * marks. Each link says its name and shows only the arrow: an aria-label other than the visible
 * "↩1" would not be the words a voice-control user speaks (WCAG 2.5.3).
 */
export const footnote: Handler = ({ props, context }) => {
  const id = stringProp(props, 'id');
  const n = Number(props.n);
  const backrefs = props.backrefs as string[];
  const back = context.strings.parts.backToText;
  const links = backrefs
    .map((ref, i) => `<a class="footnote-backref"${attr('href', `#${ref}`)}><span aria-hidden="true">${text('↩\uFE0E')}</span><span class="visually-hidden">${text(backrefs.length > 1 ? `${back} ` : back)}</span>${backrefs.length > 1 ? `${i + 1}` : ''}</a>`)
    .join('');
  return `<li class="footnote"${attr('id', id)}${attr('value', n)}><span class="footnote-num">${n}</span><span class="footnote-text">${inlineHtml(props.inline as InlineProp, context)}</span><span class="footnote-backrefs">${links}</span></li>`;
};
