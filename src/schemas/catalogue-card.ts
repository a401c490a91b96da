import { z } from 'astro/zod';
import { ResolutionMetadataSchema } from './resolution-metadata.ts';

/** A subject term as the UN classifies a resolution (UNBIS thesaurus, EuroVoc). */
export const SubjectSchema = z.strictObject({
  scheme: z.enum(['UNBIS', 'EuroVoc']),
  term: z.string().min(1),
  href: z.string(),
});

/**
 * What the lists and the catalogue need to know of one resolution page, without its text.
 * scripts/build.ts writes one per page into `.generated/catalogue.json`, so that no list has to
 * read every model (or bundle every MDX page) to know what the archive holds. What citation
 * links and "cited by" need is in `.generated/links.json` instead (page-links.ts): kept out of
 * the collection, so that a slice of pages does not load it into Astro's content store.
 */
export const CatalogueCardSchema = ResolutionMetadataSchema.extend({
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
});

/** One page's card in the catalogue. */
export type CatalogueCard = z.infer<typeof CatalogueCardSchema>;
