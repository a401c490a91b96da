import type { Citation, CitationContext, CitationKind } from './types.ts';
import { CITATION_KINDS } from './registry.ts';

interface Candidate {
  citation: Citation;
  /** Position of the citation's kind in the registry. */
  rank: number;
}

/** Longest span first; on a tie the earlier kind, then the earlier start. */
function precedence(a: Candidate, b: Candidate): number {
  const length = (c: Candidate) => c.citation.end - c.citation.start;
  return length(b) - length(a) || a.rank - b.rank || a.citation.start - b.citation.start;
}

/** Index of the first of `kept` (sorted by start, not overlapping) that ends after `start`. */
function firstEndingAfter(kept: readonly Citation[], start: number): number {
  let lo = 0;
  let hi = kept.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((kept[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Runs `kinds` over `text` and keeps a set of non-overlapping citations: where spans
 * overlap the longest wins, on a tie the kind that comes first. Sorted by start.
 */
export function resolveCitations(text: string, context: CitationContext, kinds: readonly CitationKind[]): Citation[] {
  const candidates: Candidate[] = kinds.flatMap((kind, rank) =>
    kind.find(text, context).map((citation) => ({ citation, rank })),
  );
  // Kept sorted by start; as they do not overlap, also by end: a binary search finds
  // the only one that could overlap a candidate, so long texts stay O(n log n).
  const kept: Citation[] = [];
  for (const { citation } of candidates.sort(precedence)) {
    if (citation.end <= citation.start) continue;
    const at = firstEndingAfter(kept, citation.start);
    const next = kept[at];
    if (next !== undefined && next.start < citation.end) continue;
    kept.splice(at, 0, citation);
  }
  return kept;
}

/** Every citation of another UN document in `text`, by every registered kind, sorted by start. */
export function findCitations(text: string, context: CitationContext): Citation[] {
  return resolveCitations(text, context, CITATION_KINDS);
}
