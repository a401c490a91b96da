import { optionalStringProp, stringProp, type Handler } from '../context.ts';
import { attr, text } from '../html.ts';

/** `<Annex id title>`: an annex, its label and title, then its own headings and paragraphs. */
export const annex: Handler = ({ props, children, context }) => {
  const id = stringProp(props, 'id');
  const title = optionalStringProp(props, 'title');
  const name = title ? ` <span class="doc-annex-name">${text(title)}</span>` : '';
  const label = `<span class="doc-annex-label">${text(context.strings.parts.annex(id.replace(/^annex-/, '')))}</span>`;
  return `<section class="doc-annex"${attr('id', id)}><h2 class="doc-annex-title">${label}${name}</h2>${children}</section>`;
};
