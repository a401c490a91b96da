import { z } from 'astro/zod';

/** A footnote: `fn-4`, its printed number and its text (citations included, marks removed). */
export const FootnoteSchema = z.strictObject({
  id: z.string().regex(/^fn-\d+$/),
  n: z.number().int().positive(),
  /** Empty only where the source printed a number with no text; the importer warns so. */
  text: z.string(),
});

/** A footnote of the resolution. */
export type Footnote = z.infer<typeof FootnoteSchema>;
