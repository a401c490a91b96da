import type { Lang } from '../../schemas/lang.ts';
import type { Citation, CitationContext } from './types.ts';
import type { PrintedResolution } from './printed-resolution.ts';
import { scanEn } from './resolution-en.ts';
import { scanZh } from './resolution-zh.ts';

/** The languages whose printed resolution citations are read; others yield nothing yet. */
const SCANNERS: Partial<Record<Lang, (text: string) => PrintedResolution[]>> = { zh: scanZh, en: scanEn };

/**
 * Builds the `find` of a resolution kind: reads every printed resolution number in the
 * context's language and keeps those that `target` maps to a symbol of its organ.
 */
export function resolutionFinder(
  target: (number: string) => string | null,
): (text: string, context: CitationContext) => Citation[] {
  return (text, { lang }) => {
    const citations: Citation[] = [];
    for (const printed of SCANNERS[lang]?.(text) ?? []) {
      const symbol = target(printed.number);
      if (symbol === null) continue;
      const citation: Citation = { start: printed.start, end: printed.end, target: symbol };
      if (printed.para !== undefined) citation.para = printed.para;
      citations.push(citation);
    }
    return citations;
  };
}
