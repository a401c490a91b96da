import type { Handler } from '../context.ts';
import { text } from '../html.ts';

/** `<Operative>`: the operative part, then the closing lines (meeting, date), each on its own line. */
export const operative: Handler = ({ children, context }) => {
  const closing = context.closing.length > 0 ? `<p class="doc-closing">${context.closing.map(text).join('<br>')}</p>` : '';
  return `<div class="doc-operative">${children}</div>${closing}`;
};
