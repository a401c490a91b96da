import type { Element } from '@xmldom/xmldom';
import type { DraftBlock, DraftPara } from '../text/draft.ts';
import { letterId } from '../text/positional-ids.ts';
import { lineOf } from './dom.ts';
import type { NumLabel } from './num-label.ts';
import { placeItem } from './place-item.ts';
import { preambularPara } from './preamble.ts';
import { draftPara, type Scope } from './scope.ts';

/**
 * What readBlocks knows while it reads one run of blocks, and how each kind of block is
 * added to it with its id: numbered paragraphs, sub-paragraphs set as paragraphs,
 * unnumbered paragraphs, headings and preambular paragraphs.
 */

/** The blocks of an operative part, a part of it, a draft resolution or an annex. */
export interface Blocks {
  blocks: DraftBlock[];
  warnings: string[];
}

/** The state of one run of blocks. */
export interface RunState extends Blocks {
  scope: Scope;
  /** Where preambular paragraphs found in the run go: the preamble of the resolution or draft, or else the run itself. */
  preambleInto: DraftPara[] | null;
  /** The last operative number read, for numbers printed in the text. */
  lastNumber: number;
  /** Whether this run prints numbered paragraphs: if not, its unnumbered ones are its paragraphs 1, 2… */
  numbered: boolean;
  /** Counters of headings, unnumbered paragraphs, preambular paragraphs, parts and tables read so far. */
  headings: number;
  unnumbered: number;
  preamble: number;
  parts: number;
  tables: number;
  /** The ids given in this run, so that none is given twice. */
  used: Set<string>;
  lastPara: DraftPara | null;
  lastHeading: string | null;
  /** The id prefix of the current series of numbered paragraphs (see numberedPara). */
  series: string;
  /** How many lettered paragraphs stand on their own in a row (see subParagraph). */
  standalone: number;
}

/** A fresh state for a run of blocks in `scope`. */
export function newRun(scope: Scope, numbered: boolean, preambleInto: DraftPara[] | null): RunState {
  return { scope, blocks: [], warnings: [], preambleInto, lastNumber: 0, numbered, headings: 0, unnumbered: 0, preamble: 0, parts: 0, tables: 0, used: new Set(), lastPara: null, lastHeading: null, series: scope.prefix, standalone: 0 };
}

/**
 * A numbered paragraph, `{prefix}para-N`. Where the numbering starts again inside one run (an
 * annex's own annexes and appendices), the new series is told apart by the heading it
 * starts under: `annex-1-section-14-para-1`, and so on for the rest of that series.
 */
export function numberedPara(state: RunState, label: NumLabel, text: string, line: number): DraftPara {
  let id = `${state.series}para-${label.value}`;
  if (state.used.has(id)) {
    const series = state.lastHeading ? `${state.lastHeading}-` : null;
    if (series && !state.used.has(`${series}para-${label.value}`)) {
      state.series = series;
      id = `${series}para-${label.value}`;
      state.warnings.push(`line ${line}: the numbering starts again at ${label.printed}; this series is ${series}para-N`);
    } else {
      id = uniqueSuffix(id, state.used);
      state.warnings.push(`line ${line}: paragraph ${label.printed} is numbered a second time; its id is ${id}`);
    }
  }
  state.lastNumber = Number(label.value);
  return pushPara(state, draftPara(id, label.value, label.printed, text, line));
}

/**
 * A preambular paragraph inside the operative part: a part's own preamble (`crossHeading`), or
 * one the file set as an unnumbered paragraph before the first numbered one, told by its
 * closing comma. In the resolution's own text and in a draft it joins their preamble.
 */
export function pushPreambular(el: Element, state: RunState, text?: string): void {
  const into = state.preambleInto;
  if (into && el.localName === 'paragraph') state.warnings.push(`line ${lineOf(el)}: a preambular paragraph set in the operative part, read into the preamble`);
  const id = `${state.scope.prefix}preamble-${into ? into.length + 1 : ++state.preamble}`;
  const para = preambularPara(el, id, state.scope, state.warnings, text);
  (into ?? state.blocks).push(para);
  // "Noting with satisfaction:" may be followed by its sub-paragraphs (a), (b)… set as paragraphs.
  state.lastPara = para;
}

/**
 * A sub-paragraph set as a paragraph of its own goes under the paragraph before it. Where
 * no paragraph comes before (a heading does), the lettered paragraphs stand on their own,
 * as the annexes' lists of "(a) …", "(b) …" after a heading do; an item label ("(ii)")
 * after one of them still goes under it.
 */
export function subParagraph(state: RunState, label: NumLabel, text: string, line: number): DraftPara {
  const last = state.lastPara;
  const letters = state.standalone;
  const nextLetter = letterId(letters + 1);
  const sibling = last !== null && letters > 0 && last === state.blocks.at(-1) && (label.kind === 'letter' || label.value === nextLetter);
  if (last && !sibling) return placeItem(last, 1, label, text, line, state.warnings);
  if (!last) state.warnings.push(`line ${line}: sub-paragraph ${label.printed} follows no paragraph, read as a paragraph of its own`);
  const para = unnumbered(state, text, line);
  para.num = label.value;
  para.label = label.printed;
  state.standalone = letters + 1;
  return para;
}

/** An unnumbered paragraph: `para-N` by position where the run numbers none, else `text-N`. */
export function unnumbered(state: RunState, text: string, line: number): DraftPara {
  const n = ++state.unnumbered;
  const id = `${state.scope.prefix}${state.numbered ? 'text' : 'para'}-${n}`;
  if (state.numbered) state.warnings.push(`line ${line}: unnumbered paragraph among numbered ones; its id is ${id}`);
  return pushPara(state, draftPara(uniqueSuffix(id, state.used), null, null, text, line));
}

/** The paragraph just read is numbered and has no words yet (its words come as the next paragraph). */
export function isEmptyNumbered(para: DraftPara | null, state: RunState): boolean {
  return para !== null && para === state.blocks.at(-1) && para.num !== null && para.text === '' && para.items.length === 0;
}

function pushPara(state: RunState, para: DraftPara): DraftPara {
  state.standalone = 0;
  state.used.add(para.id);
  state.blocks.push(para);
  state.lastPara = para;
  return para;
}

/** A heading, `{prefix}section-N` in order. */
export function heading(state: RunState, text: string, line: number): void {
  if (text === '') return;
  const id = `${state.scope.prefix}section-${++state.headings}`;
  state.blocks.push({ kind: 'heading', id, text, line });
  state.lastHeading = id;
  state.lastPara = null;
  state.standalone = 0;
}

/** Adds the blocks and warnings of a nested run (a part, a draft). */
export function pushAll(state: RunState, blocks: Blocks): void {
  state.blocks.push(...blocks.blocks);
  state.warnings.push(...blocks.warnings);
}

function uniqueSuffix(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  let k = 2;
  while (used.has(`${id}-${k}`)) k++;
  return `${id}-${k}`;
}
