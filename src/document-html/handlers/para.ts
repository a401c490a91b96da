import { partTitle } from '../../utils/part-title.ts';
import type { InlineProp } from '../../utils/inline-prop.ts';
import { optionalStringProp, stringProp, type Handler } from '../context.ts';
import { attr, text } from '../html.ts';
import { inlineHtml } from '../inline.ts';
import { permalinkHtml } from '../permalink.ts';

/**
 * `<Para id num label inline>`: a preambular, operative or sub-paragraph under its contract id,
 * its label as printed, its ¶ and “ controls, and how many resolutions cite it; its items inside.
 */
export const para: Handler = ({ props, children, context }) => {
  const id = stringProp(props, 'id');
  const label = optionalStringProp(props, 'label');
  const { strings } = context;
  const cited = context.citedCount(id);
  const title = partTitle(id, label, strings);
  const pin = context.citePin?.(id) ?? null;
  const permalink = permalinkHtml(id, strings.parts.permalink(title), pin === null ? undefined : { pin, label: strings.cite.copyParagraph(title) });
  const count = strings.citedBy.count(cited);
  const citedLink = cited > 0 ? `<a class="cited-count"${attr('href', `#cited-by-${id}`)}${attr('title', count)}${attr('aria-label', count)}>${cited}</a>` : '';
  const labelHtml = label ? `<span class="para-label">${text(label)}</span>` : '';
  const items = children === '' ? '' : `<div class="para-items">${children}</div>`;
  return `<div class="para ${label ? 'para--numbered' : 'para--plain'}"${attr('id', id)}><p class="para-text">${labelHtml}${inlineHtml(props.inline as InlineProp, context)}${permalink}${citedLink}</p>${items}</div>`;
};
