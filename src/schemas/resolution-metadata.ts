import type { z } from 'astro/zod';
import { ResolutionSchema } from './resolution.ts';

/** Who, what and when of one resolution page, as the page's front matter and its catalogue card both carry them. */
export const ResolutionMetadataSchema = ResolutionSchema.pick({
  symbol: true,
  organ: true,
  number: true,
  lang: true,
  title: true,
  adopted: true,
  meeting: true,
  agendaItem: true,
});

/** The metadata of one resolution page. */
export type ResolutionMetadata = z.infer<typeof ResolutionMetadataSchema>;
