import type { SourceKind } from '../../src/pipeline/import-source.ts';
import type { Reissue } from '../../src/pipeline/read-reissue.ts';

/** One source that gives a page (a symbol in a language), as far as choosing between versions goes. */
export interface SourceVersion {
  source: string;
  kind: SourceKind;
  reissue: Reissue | null;
  /** How many warnings its import gave. */
  warnings: number;
  /** sha256 of its bytes, hex. */
  sha256: string;
}

/** The two versions of a page, the one kept and the one refused, and why, for the build's message. */
export interface VersionChoice {
  kept: SourceVersion;
  refused: SourceVersion;
  reason: string;
}

// The UN's own structure first; then text, whose lines keep the document's words; a PDF read for its layout last.
const KIND_RANK: Record<SourceKind, number> = { akn: 0, text: 1, pdf: 2 };
const KIND_NAME: Record<SourceKind, string> = { akn: 'Akoma Ntoso XML', text: 'text', pdf: 'PDF' };

/**
 * Chooses between two sources of one page by what they hold, never by their names or the order
 * the build met them, so that the same set of sources always gives the same archive: a reissue
 * over the document it corrects (the later of two reissues), then the UN's XML over text over
 * PDF, then the import with fewer warnings, then the smaller content hash; the same bytes twice,
 * the path that sorts first.
 */
export function chooseVersion(a: SourceVersion, b: SourceVersion): VersionChoice {
  const [kept, refused] = compareVersions(a, b) <= 0 ? [a, b] : [b, a];
  return { kept, refused, reason: reasonFor(kept, refused) };
}

/** Negative when `a` is the version to keep, positive when `b` is; zero only for the same source. */
export function compareVersions(a: SourceVersion, b: SourceVersion): number {
  return (
    Number(b.reissue !== null) - Number(a.reissue !== null) ||
    -compareText(a.reissue?.date ?? '', b.reissue?.date ?? '') ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.warnings - b.warnings ||
    compareText(a.sha256, b.sha256) ||
    compareText(a.source, b.source)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function reasonFor(kept: SourceVersion, refused: SourceVersion): string {
  if (kept.reissue && !refused.reissue) return `it is the reissue: "${kept.reissue.note}"`;
  if (kept.reissue && refused.reissue && kept.reissue.date !== refused.reissue.date) return `its reissue is the later (${kept.reissue.date} against ${refused.reissue.date ?? 'undated'})`;
  if (kept.kind !== refused.kind) return `${KIND_NAME[kept.kind]} is preferred to ${KIND_NAME[refused.kind]}`;
  if (kept.warnings !== refused.warnings) return `it reads with fewer warnings (${kept.warnings} against ${refused.warnings})`;
  if (kept.sha256 !== refused.sha256) return 'neither is marked as a reissue: the first by content hash is kept, whatever the file names';
  return 'the same bytes: the first path is kept';
}
