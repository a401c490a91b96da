import type { DraftPara } from '../text/draft.ts';
import { letterId, romanId } from '../text/positional-ids.ts';
import type { NumLabel } from './num-label.ts';
import { draftPara } from './scope.ts';

/**
 * Places a sub-paragraph or an item under `parent`, whose items are at `depth` (1 for the
 * sub-paragraphs of a paragraph). Ids count position, never the label (CONTRACT.md): the
 * third sub-paragraph is "c" whether printed (c), c), (в) or (ج), its second item "ii".
 * An item label ("(ii)", "’2‘", "㈡") after a sub-paragraph goes one level down into it,
 * as the files often set items as siblings of the sub-paragraph they belong to; "(i)",
 * "(v)" or "(x)" that continues the letters is a letter.
 */
export function placeItem(parent: DraftPara, depth: number, label: NumLabel, text: string, line: number, warnings: string[]): DraftPara {
  const last = parent.items.at(-1);
  const continuesLetters = label.kind === 'roman' && label.value === letterId(parent.items.length + 1);
  const deeper = last !== undefined && depth === 1 && (label.kind === 'item' || (label.kind === 'roman' && !continuesLetters));
  const target = deeper ? last : parent;
  const level = deeper ? 2 : depth;
  const position = target.items.length + 1;
  const id = `${target.id}-${positional(level, position)}`;
  // A numbered list inside a paragraph ("1. Opening of the Congress.") is its sub-paragraphs too.
  if (label.kind === 'heading' || label.kind === 'other') warnings.push(`line ${line}: label "${label.printed}" read as item ${id}`);
  const item = draftPara(id, label.value, label.printed, text, line);
  target.items.push(item);
  return item;
}

/** The positional id segment of the n-th item at a level: a, b… then i, ii… then 1, 2…. */
export function positional(level: number, n: number): string {
  if (level <= 1) return letterId(n);
  if (level === 2) return romanId(n);
  return String(n);
}
