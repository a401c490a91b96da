import type { Ref } from './ref.ts';

/**
 * What other pages need to know of one resolution page to link to it and to say who cites whom:
 * its paragraph anchors and its citations. scripts/build.ts writes them for every page into
 * `.generated/links.json` (`{ "zh/E/RES/2015/26": PageLinks, … }`); our own output, read as is.
 */
export interface PageLinks {
  /** Ids of the numbered paragraphs of the operative part, the ones a pinpoint citation can land on. */
  anchors: string[];
  /** The citations of the page, as in the model. */
  refs: Ref[];
}

/** Every page's links, by page id (`${lang}/${symbol}`). */
export type LinksFile = Record<string, PageLinks>;
