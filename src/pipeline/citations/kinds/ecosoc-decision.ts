import type { CitationKind } from '../types.ts';
import { ecosocDecisionTarget } from '../resolution-number.ts';
import { resolutionFinder } from '../resolution-finder.ts';

/**
 * ECOSOC decisions by year/number, in all six languages: "decision 2015/237",
 * "décision 2023/201", "decisión 2023/201", "решение 2023/201", "مقرره 2023/201",
 * "第 2015/237 号决定" → E/DEC/2015/237.
 */
export const ecosocDecision: CitationKind = {
  name: 'ecosoc-decision',
  find: resolutionFinder('decision', ecosocDecisionTarget),
};
