import type { CitationKind } from '../types.ts';
import { gaTarget } from '../resolution-number.ts';
import { resolutionFinder } from '../resolution-finder.ts';

/** GA resolutions cited by session/number: "大会第 69/204 号决议", "resolution 70/1" → A/RES/69/204, A/RES/70/1. */
export const gaResolution: CitationKind = {
  name: 'ga-resolution',
  find: resolutionFinder(gaTarget),
};
