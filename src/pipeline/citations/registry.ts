import type { CitationKind } from './types.ts';
import { documentSymbol } from './kinds/document-symbol.ts';
import { ecosocDecision } from './kinds/ecosoc-decision.ts';
import { ecosocResolution } from './kinds/ecosoc-resolution.ts';
import { gaDecision } from './kinds/ga-decision.ts';
import { gaResolution } from './kinds/ga-resolution.ts';

/**
 * Every citation kind, in order of precedence: when two citations of the same length
 * overlap, the one whose kind comes first here wins.
 */
export const CITATION_KINDS: readonly CitationKind[] = [
  // ECOSOC resolutions: "第 2014/27 号决议第 57 段", "resolution 2014/27", "1296 (XLIV)" → E/RES/….
  ecosocResolution,
  // GA resolutions: "第 69/204 号决议", "résolutions 60/252 et 68/302", "217 A (III)" → A/RES/….
  gaResolution,
  // ECOSOC decisions: "decision 2015/237", "решение 2023/201" → E/DEC/….
  ecosocDecision,
  // GA decisions: "decision 76/563", "第 76/563 号决定" → A/DEC/….
  gaDecision,
  // Document symbols printed as such: "E/CN.16/2015/2", "A/70/63-E/2015/10", "和 Corr.1".
  documentSymbol,
];
