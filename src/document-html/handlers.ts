import type { Handler } from './context.ts';
import { annex } from './handlers/annex.ts';
import { footnote } from './handlers/footnote.ts';
import { footnotes } from './handlers/footnotes.ts';
import { formula } from './handlers/formula.ts';
import { heading } from './handlers/heading.ts';
import { operative } from './handlers/operative.ts';
import { para } from './handlers/para.ts';
import { preamble } from './handlers/preamble.ts';

/**
 * The elements the generated MDX is made of (src/pipeline/emit/mdx.ts writes them), each with
 * the handler that renders it: one file per element, as mdast-util-to-hast has one per node type.
 * An element the emitter starts writing needs a handler here.
 */
export const HANDLERS: Readonly<Record<string, Handler>> = {
  Formula: formula,
  Preamble: preamble,
  Operative: operative,
  Heading: heading,
  Para: para,
  Annex: annex,
  Footnotes: footnotes,
  Footnote: footnote,
};
