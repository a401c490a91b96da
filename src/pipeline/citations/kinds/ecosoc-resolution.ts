import type { CitationKind } from '../types.ts';
import { ecosocTarget } from '../resolution-number.ts';
import { resolutionFinder } from '../resolution-finder.ts';

/** ECOSOC resolutions cited by year/number: "第 2014/27 号决议第 57 段", "resolution 2014/27" → E/RES/2014/27. */
export const ecosocResolution: CitationKind = {
  name: 'ecosoc-resolution',
  find: resolutionFinder(ecosocTarget),
};
