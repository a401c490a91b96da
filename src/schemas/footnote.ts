import { z } from 'astro/zod';

/** A footnote: `fn-4`, its printed number and its text (citations included, marks removed). */
export const FootnoteSchema = z.strictObject({
  id: z.string().regex(/^fn-\d+$/),
  n: z.number().int().positive(),
  text: z.string().min(1),
});

/** A footnote of the resolution. */
export type Footnote = z.infer<typeof FootnoteSchema>;
