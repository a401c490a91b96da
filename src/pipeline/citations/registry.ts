import type { CitationKind } from './types.ts';
import { documentSymbol } from './kinds/document-symbol.ts';
import { ecosocResolution } from './kinds/ecosoc-resolution.ts';
import { gaResolution } from './kinds/ga-resolution.ts';

/**
 * Every citation kind, in order of precedence: when two citations of the same length
 * overlap, the one whose kind comes first here wins.
 */
export const CITATION_KINDS: readonly CitationKind[] = [
  // ECOSOC resolutions by year/number: "第 2014/27 号决议第 57 段", "resolution 2014/27" → E/RES/2014/27.
  ecosocResolution,
  // GA resolutions by session/number: "第 69/204 号决议", "resolutions 60/252 and 68/302" → A/RES/….
  gaResolution,
  // Document symbols printed as such: "E/CN.16/2015/2", "A/70/63-E/2015/10", "和 Corr.1".
  documentSymbol,
];
