import type { Block } from '../../schemas/block.ts';
import type { CatalogueCard } from '../../schemas/catalogue-card.ts';
import type { PageLinks } from '../../schemas/page-links.ts';
import type { Imported } from '../imported.ts';
import { resolutionMetadata } from './resolution-metadata.ts';

/** The catalogue card of one imported resolution: its metadata and classification, no text. */
export function catalogueCard({ resolution: r, print }: Imported): CatalogueCard {
  return {
    id: `${r.lang}/${r.symbol}`,
    ...resolutionMetadata(r),
    session: print.session,
    agendaTitle: print.agendaTitle,
    sdgGoals: [...print.classification.sdgGoals],
    subjects: print.classification.subjects.map((s) => ({ ...s })),
  };
}

/** What other pages need to link to this one and to know whom it cites: its paragraph ids and its citations. */
export function pageLinks({ resolution: r }: Imported): PageLinks {
  return { anchors: paraIds(r.body), refs: r.refs };
}

/** The ids of the operative part's paragraphs and their sub-paragraphs, in order. */
function paraIds(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'para' ? [block.id, ...paraIds(block.items)] : []));
}
