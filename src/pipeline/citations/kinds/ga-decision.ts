import type { CitationKind } from '../types.ts';
import { gaDecisionTarget } from '../resolution-number.ts';
import { resolutionFinder } from '../resolution-finder.ts';

/**
 * GA decisions by session/number, in all six languages: "General Assembly decision
 * 76/563", "décision 76/563 de l’Assemblée générale", "大会第 76/563 号决定" → A/DEC/76/563.
 */
export const gaDecision: CitationKind = {
  name: 'ga-decision',
  find: resolutionFinder('decision', gaDecisionTarget),
};
