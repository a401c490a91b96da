import type { Resolution } from '../schemas/resolution.ts';
import { allBlocks, paraWithItems } from './examples.ts';

/*
 * What of the docs' examples a page can show: the anchors src/components/docs/AnchorTable.astro
 * links to on the sample page, and a paragraph with sub-paragraphs (the model's `items`, the
 * sub-paragraph citations, the Akoma Ntoso list). Without the seed, the docs take the page that
 * shows the most of them (sample.ts); an example the page lacks is left out, never a dead link.
 */

/** The anchors the docs' examples link to on the sample page. */
export const EXAMPLE_IDS = ['preamble-3', 'section-2', 'para-12', 'para-48-c'] as const;

/** The most a page can score: every anchor, and a paragraph with sub-paragraphs. */
export const EXAMPLE_COUNT = EXAMPLE_IDS.length + 1;

/** How many of the docs' examples a page shows: one per anchor it has, one for a paragraph with sub-paragraphs. */
export function exampleScore(res: Resolution): number {
  const ids = new Set(allBlocks(res).map((block) => block.id));
  return EXAMPLE_IDS.filter((id) => ids.has(id)).length + (paraWithItems(res) ? 1 : 0);
}
