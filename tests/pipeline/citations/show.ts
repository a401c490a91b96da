import type { Citation } from '../../../src/pipeline/citations/types.ts';

/** A citation as the tests read it: its exact link text, its target and its pinpoint. */
export interface Shown {
  link: string;
  target: string;
  para?: string;
}

/** Turns citations into what a reader sees: `text.slice(start, end)`, target, para. */
export function show(text: string, citations: readonly Citation[]): Shown[] {
  return citations.map((c) => {
    const shown: Shown = { link: text.slice(c.start, c.end), target: c.target };
    if (c.para !== undefined) shown.para = c.para;
    return shown;
  });
}
