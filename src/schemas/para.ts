import { z } from 'astro/zod';

/** A paragraph: preambular, operative, sub-paragraph or item (CONTRACT.md, "The model"). */
export interface Para {
  kind: 'para';
  /** Contract anchor id: "preamble-3", "para-48", "para-48-c", "para-12-a-ii". */
  id: string;
  /** The printed number or label ("48", "c"); null in the preamble. */
  num: string | null;
  /** The paragraph's own words: no number label, no footnote marks, wrapped lines joined. */
  text: string;
  /** Footnotes referenced from this paragraph's own text, in order of appearance. */
  notes: number[];
  /** Sub-paragraphs, in order. */
  items: Para[];
}

/** Anchor ids are lower-case ASCII words joined by hyphens, so they survive every URL and language. */
export const AnchorIdSchema = z.string().regex(/^[a-z]+(?:-[a-z0-9]+)*$/, 'not a contract anchor id');

/** Validates a {@link Para}, recursively through its items. */
export const ParaSchema: z.ZodType<Para> = z.lazy(() =>
  z.strictObject({
    kind: z.literal('para'),
    id: AnchorIdSchema,
    num: z.string().min(1).nullable(),
    text: z.string(),
    notes: z.array(z.number().int().positive()),
    items: z.array(ParaSchema),
  }),
);
