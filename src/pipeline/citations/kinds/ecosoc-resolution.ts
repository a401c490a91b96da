import type { CitationKind } from '../types.ts';
import { ecosocTarget } from '../resolution-number.ts';
import { resolutionFinder } from '../resolution-finder.ts';

/**
 * ECOSOC resolutions, in all six languages: by year/number ("第 2014/27 号决议第 57 段",
 * "resolution 2014/27", "sa résolution 2022/15", "قراره 2022/15") → E/RES/2014/27, with a
 * part letter glued on ("2021/2 B" → E/RES/2021/2B), and in the pre-1978 style
 * ("1296 (XLIV)" → E/RES/1296(XLIV)); see resolution-number.ts for the canonical forms.
 * The old style is folded in here rather than given a kind of its own: the printed
 * number alone tells the organ in both styles, and the words around it are the same.
 */
export const ecosocResolution: CitationKind = {
  name: 'ecosoc-resolution',
  find: resolutionFinder('resolution', ecosocTarget),
};
