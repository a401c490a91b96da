import type { Inline } from '../pipeline/emit/inline.ts';

/**
 * The inline segments of a paragraph, heading or footnote as the generated MDX passes them:
 * the JSON of the segments, one string literal (small to compile and bundle), or the segments
 * themselves.
 */
export type InlineProp = string | Inline[];

/** The segments of an inline prop. */
export function inlineSegmentsOf(inline: InlineProp): Inline[] {
  return typeof inline === 'string' ? (JSON.parse(inline) as Inline[]) : inline;
}
