import type { Resolution } from '../schemas/resolution.ts';

/*
 * The side-by-side view's alignment (`/{lang}/compare/`): two language versions of one resolution
 * laid out as rows, one per paragraph id. The ids are the same in all six languages (CONTRACT.md),
 * so the alignment is by id, never by position or by text: a paragraph missing from one version
 * leaves one empty cell instead of shifting every row after it.
 */

/** What a row can hold: a paragraph (preambular, operative or a sub-paragraph), a heading, an annex's title, a footnote. */
export type PartKind = 'para' | 'heading' | 'annex' | 'footnote';

/** One part of one version, as a cell of the view shows it. */
export interface VersionPart {
  /** The contract id: "preamble-3", "para-48-c", "annex-1", "fn-4". */
  id: string;
  kind: PartKind;
  /** The printed number or label ("48", "c", "أ"), a footnote's number; null where nothing is printed. */
  num: string | null;
  /** The words; an annex's title (may be empty). */
  text: string;
  /** Footnotes referenced from the paragraph's own text. */
  notes: number[];
  /** Nesting: 0 for a paragraph, 1 for its sub-paragraphs, 2 for their items. */
  depth: number;
}

/** One row of the view: the same id in both versions, or in one only (the other cell null). */
export interface AlignedRow {
  id: string;
  kind: PartKind;
  depth: number;
  left: VersionPart | null;
  right: VersionPart | null;
}

/** The parts of a model the view shows. */
export type VersionModel = Pick<Resolution, 'preamble' | 'body' | 'annexes' | 'footnotes'>;

type Block = Resolution['body'][number];

function blockParts(blocks: Block[], depth: number): VersionPart[] {
  return blocks.flatMap((block): VersionPart[] =>
    block.kind === 'heading'
      ? [{ id: block.id, kind: 'heading', num: null, text: block.text, notes: [], depth }]
      : [{ id: block.id, kind: 'para', num: block.num, text: block.text, notes: block.notes, depth }, ...blockParts(block.items, depth + 1)],
  );
}

/** A version's parts in document order: preamble, operative part, each annex (its title, then its body), footnotes. */
export function versionParts(model: VersionModel): VersionPart[] {
  return [
    ...blockParts(model.preamble, 0),
    ...blockParts(model.body, 0),
    ...model.annexes.flatMap((annex) => [
      { id: annex.id, kind: 'annex' as const, num: null, text: annex.title, notes: [], depth: 0 },
      ...blockParts(annex.body, 0),
    ]),
    ...model.footnotes.map((note) => ({ id: note.id, kind: 'footnote' as const, num: String(note.n), text: note.text, notes: [], depth: 0 })),
  ];
}

/**
 * The rows of the view, in the left version's order. A part only the right version has comes
 * right after the part it follows there (its nearest preceding part held by both), so an extra
 * sub-paragraph (e) stays under (d). An id used twice in one version (the contract forbids it,
 * a faulty source may not) pairs once; the repeat gets a row of its own.
 */
export function alignVersions(left: VersionPart[], right: VersionPart[]): AlignedRow[] {
  const leftIds = new Set(left.map((part) => part.id));
  const paired = new Map<string, VersionPart>();
  // Right-only parts, grouped under the shared id they follow; '' for those before any.
  const following = new Map<string, VersionPart[]>();
  let after = '';
  for (const part of right) {
    if (leftIds.has(part.id) && !paired.has(part.id)) {
      paired.set(part.id, part);
      after = part.id;
    } else {
      following.set(after, [...(following.get(after) ?? []), part]);
    }
  }
  const row = (l: VersionPart | null, r: VersionPart | null): AlignedRow => {
    const part = (l ?? r) as VersionPart;
    return { id: part.id, kind: part.kind, depth: part.depth, left: l, right: r };
  };
  const rows = (following.get('') ?? []).map((part) => row(null, part));
  const placed = new Set<string>();
  for (const part of left) {
    const match = placed.has(part.id) ? null : (paired.get(part.id) ?? null);
    placed.add(part.id);
    rows.push(row(part, match));
    if (match) rows.push(...(following.get(part.id) ?? []).map((extra) => row(null, extra)));
  }
  return rows;
}
