import { inlineSegmentsOf, type InlineProp } from '../../utils/inline-prop.ts';
import { stringProp, type Handler } from '../context.ts';
import { attr } from '../html.ts';
import { inlineHtml } from '../inline.ts';
import { permalinkHtml } from '../permalink.ts';

/** `<Heading id inline>`: a heading of the operative part or an annex, bold and unnumbered, with its ¶. */
export const heading: Handler = ({ props, context }) => {
  const id = stringProp(props, 'id');
  const inline = inlineSegmentsOf(props.inline as InlineProp);
  // The permalink's name is the heading's words.
  const words = inline.map((segment) => ('t' in segment ? segment.t : 'text' in segment ? segment.text : '')).join('');
  return `<h2 class="doc-heading"${attr('id', id)}>${inlineHtml(inline, context)}${permalinkHtml(id, context.strings.parts.permalink(words))}</h2>`;
};
