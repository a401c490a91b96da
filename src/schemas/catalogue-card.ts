import { z } from 'astro/zod';
import { RefSchema } from './ref.ts';
import { ResolutionSchema } from './resolution.ts';

/** A subject term as the UN classifies a resolution (UNBIS thesaurus, EuroVoc). */
export const SubjectSchema = z.strictObject({
  scheme: z.enum(['UNBIS', 'EuroVoc']),
  term: z.string().min(1),
  href: z.string(),
});

/**
 * What the whole archive needs to know of one resolution page without its text: the lists,
 * the catalogue, the citation links and "cited by" of every other page. scripts/build.ts writes
 * one per page into `.generated/catalogue.json`, so that no build has to read every model (or
 * bundle every MDX page) to know what the archive holds.
 */
export const CatalogueCardSchema = ResolutionSchema.pick({
  symbol: true,
  organ: true,
  number: true,
  lang: true,
  title: true,
  adopted: true,
  meeting: true,
  agendaItem: true,
}).extend({
  /** `${lang}/${symbol}`, the id of the page in the `resolutions` collection. */
  id: z.string().min(1),
  /** The session line as printed ("2015 session"), where the source has one. */
  session: z.string().nullable(),
  /** The agenda item's title as printed, where the source has it. */
  agendaTitle: z.string().nullable(),
  /** Sustainable Development Goals the UN classifies the resolution under (1–17). */
  sdgGoals: z.array(z.number().int().min(1).max(17)),
  /** Subject terms the UN classifies the resolution under. */
  subjects: z.array(SubjectSchema),
  /** Ids of the numbered paragraphs of the operative part, the ones a pinpoint citation can land on. */
  anchors: z.array(z.string()),
  /** The citations of the page, as in the model. */
  refs: z.array(RefSchema),
});

/** One page's card in the catalogue. */
export type CatalogueCard = z.infer<typeof CatalogueCardSchema>;
