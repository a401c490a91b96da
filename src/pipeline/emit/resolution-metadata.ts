import type { Resolution } from '../../schemas/resolution.ts';
import type { ResolutionMetadata } from '../../schemas/resolution-metadata.ts';

/** The model's metadata fields, in the order the front matter and the catalogue write them. */
export function resolutionMetadata(r: Resolution): ResolutionMetadata {
  return { symbol: r.symbol, organ: r.organ, number: r.number, lang: r.lang, title: r.title, adopted: r.adopted, meeting: r.meeting, agendaItem: r.agendaItem };
}
