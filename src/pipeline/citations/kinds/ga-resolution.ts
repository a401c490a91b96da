import type { CitationKind } from '../types.ts';
import { gaTarget } from '../resolution-number.ts';
import { resolutionFinder } from '../resolution-finder.ts';

/**
 * GA resolutions, in all six languages: by session/number ("大会第 69/204 号决议",
 * "resolution 70/1", "la résolution 70/1 de l’Assemblée générale", "قرار الجمعية العامة 70/1")
 * → A/RES/70/1; special sessions ("S-27/2", "دإ-30/1") → A/RES/S-27/2; parts ("54/237 C")
 * → A/RES/54/237C; the pre-1978 style ("217 A (III)", "1514 (د-15)") → A/RES/217(III),
 * A/RES/1514(XV). See resolution-number.ts for the canonical forms.
 */
export const gaResolution: CitationKind = {
  name: 'ga-resolution',
  find: resolutionFinder('resolution', gaTarget),
};
