import type { Element } from '@xmldom/xmldom';
import type { DraftBlock, DraftPara } from '../text/draft.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { letterId } from '../text/positional-ids.ts';
import { childElement, childElements, descendant, descendants, lineOf } from './dom.ts';
import { readDraft } from './draft-resolution.ts';
import { isHeadingParagraph } from './heading-paragraph.ts';
import { inlineText } from './inline-text.ts';
import { readList } from './list-items.ts';
import { leadingLabel, leadingNumber, readNum, type NumLabel } from './num-label.ts';
import { placeItem } from './place-item.ts';
import { preambularPara } from './preamble.ts';
import { draftPara, type Scope } from './scope.ts';

/** The blocks of an operative part, a part of it, a draft resolution or an annex. */
export interface Blocks {
  blocks: DraftBlock[];
  warnings: string[];
}

/** Where preambular paragraphs that a file sets in the main body go (see readBlocks). */
export interface RunOptions {
  preamble?: DraftPara[];
}

interface State extends Blocks {
  scope: Scope;
  preambleInto: DraftPara[] | null;
  lastNumber: number;
  /** Whether this run prints numbered paragraphs: if not, its unnumbered ones are its paragraphs 1, 2… */
  numbered: boolean;
  headings: number;
  unnumbered: number;
  preamble: number;
  parts: number;
  used: Set<string>;
  lastPara: DraftPara | null;
  lastHeading: string | null;
}

/** Preambular paragraphs end with a comma: ",", "،" (Arabic), "，" (Chinese). */
const PREAMBULAR_END = /[,،，]["”’»)）]*\s*$/;
const OWN_TEXT_SKIP = ['num', 'subheading', 'heading', 'list', 'embeddedStructure'];

/**
 * Reads the children of a `mainBody` (or of a part, a draft or an annex) into blocks.
 * Numbered paragraphs take their id from the PRINTED number (`para-12`), never from the
 * file's eId counters; sub-paragraphs set as paragraphs of their own ("(a)") are nested
 * under the paragraph before them; headings are `section-N` in order; parts A, B… of one
 * resolution (`part` or `section` elements, each numbering its paragraphs from 1) are
 * prefixed `part-a-`, `part-b-` by position, so their ids never collide.
 */
export function readBlocks(children: Element[], scope: Scope, options: RunOptions = {}): Blocks {
  const numbered = children.some((c) => c.localName === 'paragraph' && readNum(childElement(c, 'num')?.textContent ?? '').kind === 'number');
  const state: State = { scope, blocks: [], warnings: [], preambleInto: options.preamble ?? null, lastNumber: 0, numbered, headings: 0, unnumbered: 0, preamble: 0, parts: 0, used: new Set(), lastPara: null, lastHeading: null };
  for (const el of children) readElement(el, state);
  return { blocks: state.blocks, warnings: state.warnings };
}

function readElement(el: Element, state: State): void {
  const { prefix, sink } = state.scope;
  const name = el.localName;
  if (name === 'paragraph') readParagraph(el, state);
  else if (name === 'subheading' || name === 'heading') heading(state, inlineText(el, sink), lineOf(el));
  else if (name === 'crossHeading' && el.getAttribute('refersTo') === '#preamble') pushPreambular(el, state);
  else if (name === 'crossHeading') heading(state, inlineText(el, sink), lineOf(el));
  else if (name === 'part' || name === 'section') readPart(el, state);
  else if (name === 'container' && descendant(el, 'table')) readTable(el, state);
  else if (name === 'embeddedStructure') pushAll(state, readDraft(el, state.scope));
  else unnumbered(state, inlineText(el, sink), lineOf(el));
}

function readParagraph(p: Element, state: State): void {
  const sink = state.scope.sink;
  const num = childElement(p, 'num');
  const label = num ? readNum(num.textContent ?? '') : null;
  const heads = childElements(p, 'subheading', 'heading');
  const list = childElement(p, 'list');
  const text = inlineText(p, sink, OWN_TEXT_SKIP);
  const line = lineOf(p);
  if (heads.length > 0 && text === '' && !list) {
    heads.forEach((h, i) => heading(state, `${i === 0 && label ? `${label.printed} ` : ''}${inlineText(h, sink)}`, lineOf(h)));
    return;
  }
  let para: DraftPara | null = null;
  if (label?.kind === 'number') para = numberedPara(state, label, text, line);
  else if (label && label.kind !== 'heading' && label.kind !== 'other') para = subParagraph(state, label, text, line);
  else if (label?.kind === 'heading' || (!label && isHeadingParagraph(p, text))) heading(state, label ? `${label.printed} ${text}` : text, line);
  else if (!label && state.lastNumber === 0 && PREAMBULAR_END.test(stripMarks(text))) {
    state.warnings.push(`line ${line}: a preambular paragraph set in the operative part, read into the preamble`);
    pushPreambular(p, state);
  } else {
    if (label) state.warnings.push(`line ${line}: paragraph label "${label.printed}" not understood, read as unnumbered`);
    const inTextNumber = leadingNumber(text);
    const inText = leadingLabel(text);
    if (inTextNumber && Number(inTextNumber.label.value) === state.lastNumber + 1) para = numberedPara(state, inTextNumber.label, inTextNumber.rest, line);
    else if (inText) para = subParagraph(state, inText.label, inText.rest, line);
    else para = unnumbered(state, text, line);
  }
  // A sub-paragraph's own list holds items one level down.
  const depth = para === state.lastPara ? 1 : 2;
  if (para && list) for (const stray of readList(list, para, depth, state.scope, state.warnings)) heading(state, stray.text, stray.line);
  const embedded = descendants(p, 'embeddedStructure')[0];
  if (embedded) pushAll(state, readDraft(embedded, state.scope));
}

function numberedPara(state: State, label: NumLabel, text: string, line: number): DraftPara {
  const base = `${state.scope.prefix}para-${label.value}`;
  let id = base;
  if (state.used.has(id)) {
    // Numbering that starts again inside one run (an annex's appendices) is told apart by the heading above it.
    id = state.lastHeading && !state.used.has(`${state.lastHeading}-para-${label.value}`) ? `${state.lastHeading}-para-${label.value}` : uniqueSuffix(base, state.used);
    state.warnings.push(`line ${line}: paragraph ${label.printed} is numbered a second time; its id is ${id}`);
  }
  state.lastNumber = Number(label.value);
  return pushPara(state, draftPara(id, label.value, label.printed, text, line));
}

/**
 * A preambular paragraph inside the operative part: a part's own preamble (`crossHeading`), or
 * one the file set as an unnumbered paragraph before the first numbered one, told by its
 * closing comma. In the resolution's own text and in a draft it joins their preamble.
 */
function pushPreambular(el: Element, state: State): void {
  if (state.preambleInto) {
    state.preambleInto.push(preambularPara(el, `${state.scope.prefix}preamble-${state.preambleInto.length + 1}`, state.scope, state.warnings));
    return;
  }
  state.blocks.push(preambularPara(el, `${state.scope.prefix}preamble-${++state.preamble}`, state.scope, state.warnings));
}

/** A sub-paragraph set as a paragraph of its own: it goes under the paragraph before it. */
function subParagraph(state: State, label: NumLabel, text: string, line: number): DraftPara {
  if (!state.lastPara) {
    state.warnings.push(`line ${line}: sub-paragraph ${label.printed} with no paragraph before it, read as a paragraph`);
    const para = unnumbered(state, text, line);
    para.num = label.value;
    para.label = label.printed;
    return para;
  }
  return placeItem(state.lastPara, 1, label, text, line, state.warnings);
}

function unnumbered(state: State, text: string, line: number): DraftPara {
  const n = ++state.unnumbered;
  const id = `${state.scope.prefix}${state.numbered ? 'text' : 'para'}-${n}`;
  if (state.numbered) state.warnings.push(`line ${line}: unnumbered paragraph among numbered ones; its id is ${id}`);
  return pushPara(state, draftPara(uniqueSuffix(id, state.used), null, null, text, line));
}

function pushPara(state: State, para: DraftPara): DraftPara {
  state.used.add(para.id);
  state.blocks.push(para);
  state.lastPara = para;
  return para;
}

function heading(state: State, text: string, line: number): void {
  if (text === '') return;
  const id = `${state.scope.prefix}section-${++state.headings}`;
  state.blocks.push({ kind: 'heading', id, text, line });
  state.lastHeading = id;
  state.lastPara = null;
}

/** A part (A, B…): its letter heading is `part-a`, its own headings, preamble and paragraphs are prefixed `part-a-`. */
function readPart(el: Element, state: State): void {
  const id = `${state.scope.prefix}part-${letterId(++state.parts)}`;
  const children = childElements(el);
  const letter = children[0]?.localName === 'subheading' ? children[0] : null;
  if (letter) state.blocks.push({ kind: 'heading', id, text: inlineText(letter, state.scope.sink), line: lineOf(letter) });
  pushAll(state, readBlocks(letter ? children.slice(1) : children, { ...state.scope, prefix: `${id}-` }));
  state.lastPara = null;
}

/** A table: the model has none, so each row is read as a paragraph, its cells joined by " | ". */
function readTable(el: Element, state: State): void {
  state.warnings.push(`line ${lineOf(el)}: a table, read row by row as paragraphs`);
  for (const row of descendants(el, 'tr')) {
    const cells = childElements(row, 'td', 'th').map((c) => inlineText(c, state.scope.sink)).filter((t) => t !== '');
    if (cells.length > 0) unnumbered(state, cells.join(' | '), lineOf(row));
  }
  state.lastPara = null;
}

function pushAll(state: State, blocks: Blocks): void {
  state.blocks.push(...blocks.blocks);
  state.warnings.push(...blocks.warnings);
}

function uniqueSuffix(id: string, used: Set<string>): string {
  if (!used.has(id)) return id;
  let k = 2;
  while (used.has(`${id}-${k}`)) k++;
  return `${id}-${k}`;
}
