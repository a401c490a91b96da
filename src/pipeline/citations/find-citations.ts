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

/**
 * Runs `kinds` over `text` and keeps a set of non-overlapping citations: where spans
 * overlap the longest wins, on a tie the kind that comes first. Sorted by start.
 */
export function resolveCitations(text: string, context: CitationContext, kinds: readonly CitationKind[]): Citation[] {
  const candidates: Candidate[] = kinds.flatMap((kind, rank) =>
    kind.find(text, context).map((citation) => ({ citation, rank })),
  );
  const kept: Citation[] = [];
  for (const { citation } of candidates.sort(precedence)) {
    if (citation.end <= citation.start) continue;
    if (kept.some((k) => citation.start < k.end && k.start < citation.end)) continue;
    kept.push(citation);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Every citation of another UN document in `text`, by every registered kind, sorted by start. */
export function findCitations(text: string, context: CitationContext): Citation[] {
  return resolveCitations(text, context, CITATION_KINDS);
}
