import { z } from 'astro/zod';

/** One inline segment: plain text, a footnote mark, or a citation (see `src/pipeline/emit/inline.ts`). */
export const InlineSchema = z.union([
  z.strictObject({ t: z.string() }),
  z.strictObject({ fn: z.number().int().positive(), id: z.string() }),
  z.strictObject({ cite: z.string(), para: z.string().optional(), text: z.string() }),
]);

/** Inline content in reading order. */
export const InlinesSchema = z.array(InlineSchema);
