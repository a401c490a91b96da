import { allResolutions } from './archive.ts';
import { indexCards, type ModelIndex } from './index-cards.ts';

export type { ModelIndex };

let cached: Promise<ModelIndex> | undefined;

/** The model index of the whole archive, built once per build (each page asks); in dev rebuilt on each request, so that regenerated sources show. */
export function modelIndex(): Promise<ModelIndex> {
  const load = async () => indexCards((await allResolutions()).map((entry) => entry.data));
  if (import.meta.env.DEV) return load();
  return (cached ??= load());
}
