import { z } from 'astro/zod';
import { BlockSchema } from './block.ts';

/** An annex: `annex-1`, its title, and its own headings and paragraphs. */
export const AnnexSchema = z.strictObject({
  id: z.string().regex(/^annex-\d+$/),
  title: z.string(),
  body: z.array(BlockSchema),
});

/** An annex of the resolution. */
export type Annex = z.infer<typeof AnnexSchema>;
