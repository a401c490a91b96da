import { z } from 'astro/zod';
import { InlinesSchema } from './inline.ts';
import { ResolutionMetadataSchema } from './resolution-metadata.ts';
import { ResolutionSchema } from './resolution.ts';

/**
 * The front matter of a generated resolution MDX file: the model's metadata, plus
 * what the printed document shows above and below the text and the model has no field for.
 */
export const ResolutionPageSchema = ResolutionMetadataSchema.extend({
  warnings: ResolutionSchema.shape.warnings,
  /** The session line as printed: "2015 年会议", "2015 session". */
  session: z.string().nullable(),
  /** The agenda item's title printed under the agenda line, where the source has it. */
  agendaTitle: z.string().nullable().default(null),
  /** The adoption line as printed: "2015 年 7 月 22 日经济及社会理事会决议". */
  adoptionLine: z.string().nullable(),
  /** The recommendation line, brackets included, with its citations: "[根据…的建议(E/2015/31)通过]". */
  recommendation: InlinesSchema.nullable(),
  /** The closing lines as printed: ["2015 年 7月 22 日", "第 54 次全体会议"]. */
  closing: z.array(z.string()),
  /** The source file the page was generated from, relative to the project root. */
  source: z.string(),
});

/** Front matter of one resolution page. */
export type ResolutionPage = z.infer<typeof ResolutionPageSchema>;
