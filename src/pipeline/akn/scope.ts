import type { DraftPara } from '../text/draft.ts';
import type { NoteSink } from './inline-text.ts';

/**
 * Where a run of blocks stands, for its ids: the id prefix ("" in the resolution's own
 * text, "part-b-" in its part B, "draft-" in a draft resolution it recommends, "annex-1-"
 * in its first annex), and the sinks for footnotes and warnings shared by the whole file.
 */
export interface Scope {
  prefix: string;
  sink: NoteSink;
  /** How many draft resolutions the file has shown so far, so that a second one is "draft-2-". */
  drafts: { count: number };
}

/** A draft paragraph, its text trimmed. */
export function draftPara(id: string, num: string | null, label: string | null, text: string, line: number): DraftPara {
  return { kind: 'para', id, num, label, text: text.trim(), line, items: [] };
}
