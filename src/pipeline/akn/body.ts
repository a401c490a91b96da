import type { Element } from '@xmldom/xmldom';
import type { DraftPara } from '../text/draft.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { letterId } from '../text/positional-ids.ts';
import { childElement, childElements, descendant, descendants, lineOf } from './dom.ts';
import { readDraft } from './draft-resolution.ts';
import { isHeadingParagraph } from './heading-paragraph.ts';
import { inlineText } from './inline-text.ts';
import { readList } from './list-items.ts';
import { normaliseSpace } from './normalise-space.ts';
import { leadingLabel, leadingNumber, readNum } from './num-label.ts';
import { heading, isEmptyNumbered, newRun, numberedPara, pushAll, pushPreambular, subParagraph, unnumbered, type Blocks, type RunState } from './run-state.ts';
import { draftPara, type Scope } from './scope.ts';

/** Where preambular paragraphs that a file sets in the main body go (see readBlocks). */
export interface RunOptions {
  preamble?: DraftPara[];
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
  const state = newRun(scope, children.some(isNumbered), options.preamble ?? null);
  for (const el of children) readElement(el, state);
  return { blocks: state.blocks, warnings: state.warnings };
}

function readElement(el: Element, state: RunState): void {
  const sink = state.scope.sink;
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

function readParagraph(p: Element, state: RunState): void {
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
  else if (label?.kind === 'heading') heading(state, `${label.printed} ${text}`, line);
  else if (label) {
    state.warnings.push(`line ${line}: paragraph label "${label.printed}" not understood, read as unnumbered`);
    para = unnumbered(state, text, line);
  } else para = readUnlabelled(p, text, line, state);
  // A sub-paragraph's own list holds items one level down.
  const depth = para === state.lastPara ? 1 : 2;
  if (para && list) for (const stray of readList(list, para, depth, state.scope, state.warnings)) heading(state, stray.text, stray.line);
  const embedded = descendants(p, 'embeddedStructure')[0];
  if (embedded) pushAll(state, readDraft(embedded, state.scope));
}

/**
 * A paragraph without `<num>`, told by its words: a number or a letter printed in the text
 * ("14- …", "(a) …"), the words of an empty numbered paragraph before it, a heading, a
 * preambular paragraph before the first numbered one, or else an unnumbered paragraph.
 */
function readUnlabelled(p: Element, text: string, line: number, state: RunState): DraftPara | null {
  const inTextNumber = leadingNumber(text);
  const inText = leadingLabel(text);
  if (isEmptyNumbered(state.lastPara, state)) {
    // Some files set the number as an empty paragraph of its own, and the words as the next, unnumbered one.
    (state.lastPara as DraftPara).text = text;
    return state.lastPara;
  }
  if (inTextNumber && continuesNumbering(Number(inTextNumber.label.value), inTextNumber.bare, state)) return numberedPara(state, inTextNumber.label, inTextNumber.rest, line);
  if (inText) return subParagraph(state, inText.label, inText.rest, line);
  if (isHeadingParagraph(p, text)) {
    heading(state, text, line);
    return null;
  }
  if (state.lastNumber === 0 && PREAMBULAR_END.test(stripMarks(text))) {
    pushPreambular(p, state, text);
    return null;
  }
  return unnumbered(state, text, line);
}

/** A part (A, B…): its letter heading is `part-a`, its own headings, preamble and paragraphs are prefixed `part-a-`. */
function readPart(el: Element, state: RunState): void {
  const id = `${state.scope.prefix}part-${letterId(++state.parts)}`;
  const children = childElements(el);
  const letter = children[0]?.localName === 'subheading' ? children[0] : null;
  if (letter) state.blocks.push({ kind: 'heading', id, text: inlineText(letter, state.scope.sink), line: lineOf(letter) });
  pushAll(state, readBlocks(letter ? children.slice(1) : children, { ...state.scope, prefix: `${id}-` }));
  state.lastPara = null;
}

/**
 * A table: the model has none, so each row with words is read as a paragraph, its cells joined
 * by " | ", with its own id `{prefix}table-T-row-R`: a row's printed "1." or "(a)" is no
 * paragraph number, so rows never take paragraph ids.
 */
function readTable(el: Element, state: RunState): void {
  const table = `${state.scope.prefix}table-${++state.tables}`;
  state.warnings.push(`line ${lineOf(el)}: a table, read row by row as paragraphs ${table}-row-N`);
  let rows = 0;
  for (const row of descendants(el, 'tr')) {
    const cells = childElements(row, 'td', 'th').map((c) => inlineText(c, state.scope.sink)).filter((t) => t !== '');
    if (cells.length > 0) state.blocks.push(draftPara(`${table}-row-${++rows}`, null, null, cells.join(' | '), lineOf(row)));
  }
  state.lastPara = null;
}

/** Whether a paragraph is numbered, in `<num>` or in its text ("14- Encourages…"); read without side effects. */
function isNumbered(el: Element): boolean {
  if (el.localName !== 'paragraph') return false;
  const num = childElement(el, 'num');
  if (num) return readNum(num.textContent ?? '').kind === 'number';
  const inText = leadingNumber(normaliseSpace(el.textContent ?? ''));
  return inText !== null && !inText.bare;
}

/** A number printed in the text is taken when it continues the numbering, or starts it again; a bare one only continues. */
function continuesNumbering(n: number, bare: boolean, state: RunState): boolean {
  return bare ? state.lastNumber > 0 && n === state.lastNumber + 1 : n === state.lastNumber + 1 || n === 1;
}
