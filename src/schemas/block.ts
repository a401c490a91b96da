import { z } from 'astro/zod';
import { AnchorIdSchema, ParaSchema, type Para } from './para.ts';

/** A heading inside the operative part or an annex ("因特网治理"). */
export const HeadingSchema = z.strictObject({
  kind: z.literal('heading'),
  id: AnchorIdSchema,
  text: z.string().min(1),
});

/** A heading of the operative part. */
export type Heading = z.infer<typeof HeadingSchema>;

/** One block of an operative part: a heading or a paragraph. */
export const BlockSchema = z.union([HeadingSchema, ParaSchema]);

/** A heading or a paragraph. */
export type Block = Heading | Para;
