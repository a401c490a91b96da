import type { Lang } from '../../schemas/lang.ts';
import type { Citation, CitationContext } from './types.ts';
import type { PrintedResolution } from './printed-resolution.ts';
import type { Target } from './resolution-number.ts';
import { inReport } from './other-body.ts';
import { scanAr } from './resolution-ar.ts';
import { scanEn } from './resolution-en.ts';
import { scanEs } from './resolution-es.ts';
import { scanFr } from './resolution-fr.ts';
import { scanRu } from './resolution-ru.ts';
import { scanZh } from './resolution-zh.ts';

/** The reader of printed resolution and decision citations of each language. */
const SCANNERS: Record<Lang, (text: string) => PrintedResolution[]> = {
  ar: scanAr,
  zh: scanZh,
  en: scanEn,
  fr: scanFr,
  ru: scanRu,
  es: scanEs,
};

/**
 * Builds the `find` of a resolution or decision kind: reads every printed number of
 * `type` in the context's language and keeps those that `target` maps to a symbol,
 * leaving out those cited as part of another body's report ("chap. I, sect. C, resolution 59/1").
 */
export function resolutionFinder(
  type: PrintedResolution['type'],
  target: Target,
): (text: string, context: CitationContext) => Citation[] {
  return (text, { lang }) => {
    const citations: Citation[] = [];
    for (const printed of SCANNERS[lang](text)) {
      if (printed.type !== type || inReport(text, printed.start)) continue;
      const symbol = target(printed.number, printed.year);
      if (symbol === null) continue;
      const citation: Citation = { start: printed.start, end: printed.end, target: symbol };
      if (printed.para !== undefined) citation.para = printed.para;
      citations.push(citation);
    }
    return citations;
  };
}
