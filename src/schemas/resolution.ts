import { z } from 'astro/zod';
import { AnnexSchema } from './annex.ts';
import { BlockSchema } from './block.ts';
import { FootnoteSchema } from './footnote.ts';
import { LangSchema } from './lang.ts';
import { ParaSchema } from './para.ts';
import { RefSchema } from './ref.ts';

/**
 * The archive's model of one resolution in one language (CONTRACT.md, "The model"):
 * what `npm run parse` prints and `/{lang}/{symbol}.json` serves.
 */
export const ResolutionSchema = z.strictObject({
  symbol: z.string().regex(/^(?:E|A)\/RES\/[0-9A-Z/().\- ]+$/, 'not a resolution symbol such as E/RES/2015/26'),
  organ: z.enum(['ECOSOC', 'GA']),
  number: z.string().min(1),
  lang: LangSchema,
  title: z.string().min(1),
  adopted: z.iso.date().nullable(),
  meeting: z.number().int().positive().nullable(),
  agendaItem: z.string().min(1).nullable(),
  preamble: z.array(ParaSchema),
  body: z.array(BlockSchema),
  annexes: z.array(AnnexSchema),
  footnotes: z.array(FootnoteSchema),
  refs: z.array(RefSchema),
  warnings: z.array(z.string()),
});

/** One resolution in one language. */
export type Resolution = z.infer<typeof ResolutionSchema>;
