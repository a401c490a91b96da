import { leadingLabel, leadingNumber } from '../../pipeline/akn/num-label.ts';
import { displayWidth } from '../../pipeline/text/display-width.ts';
import type { Block, Heading } from '../../schemas/block.ts';
import type { Para } from '../../schemas/para.ts';
import { printedLabel } from './labels.ts';
import { preambularContainer } from './preamble.ts';
import type { Render } from './render.ts';
import { el, type XmlElement, type XmlNode } from './xml.ts';

/**
 * The operative part (and each annex's body, each part's, each draft's) as the UN sets it:
 * a numbered paragraph is `paragraph` with `num` ("12.") and `content`, or, when it has
 * sub-paragraphs, a `list` whose `intro` holds its words and whose `point`s its
 * sub-paragraphs; a heading is a `paragraph` holding a `subheading`; parts A, B… are `part`s;
 * a draft resolution the text recommends is an `embeddedStructure` in the paragraph that
 * recommends it; a table's rows are `tr`s of a `table`. Every element carries the
 * contract's anchor id as its eId.
 */
export function blocks(list: readonly Block[], prefix: string, render: Render): XmlElement[] {
  const out: XmlElement[] = [];
  const run: RunState = { numbered: false, prev: null };
  let i = 0;
  while (i < list.length) {
    const block = list[i] as Block;
    const rest = block.id.slice(prefix.length);
    const part = /^part-[a-z]+/.exec(rest)?.[0];
    if (part) {
      const id = `${prefix}${part}`;
      const members = takeWhile(list, i, (b) => b.id === id || b.id.startsWith(`${id}-`));
      out.push(partElement(id, members, render));
      i += members.length;
      continue;
    }
    const table = /^table-\d+/.exec(rest)?.[0];
    if (table) {
      const rows = takeWhile(list, i, (b) => b.id.startsWith(`${prefix}${table}-`)) as Para[];
      out.push(tableElement(`${prefix}${table}`, rows, render));
      i += rows.length;
      run.prev = null;
      continue;
    }
    const unattached = takeDraft(list, i, prefix);
    if (unattached.length > 0) {
      // A draft after a heading: no paragraph recommends it, so an empty one holds it (read back as one more, empty, paragraph).
      out.push(el('paragraph', {}, el('content', {}, el('p', {}, embedded(unattached, prefix, render)))));
      run.prev = null;
      i += unattached.length;
      continue;
    }
    const draft = block.kind === 'para' ? takeDraft(list, i + 1, prefix) : [];
    if (block.kind === 'heading') out.push(headingElement(block, render));
    else if (/part-[a-z]+-$/.test(prefix) && /^preamble-\d+$/.test(rest)) out.push(...partPreambular(block, render));
    else out.push(...paragraph(block, prefix, run, render, draft.length > 0 ? embedded(draft, prefix, render) : null));
    run.prev = block;
    if (block.kind === 'para' && block.num !== null && /^\d+$/.test(block.num)) run.numbered = true;
    i += 1 + draft.length;
  }
  return out;
}

/**
 * The main body's blocks and the draft resolution that ends it where no paragraph stands
 * before the draft to recommend it (a heading does): that draft is set as a `component`, as
 * the UN's 2021 files set their drafts, and read after the main body.
 */
export function splitTrailingDraft(list: readonly Block[]): { main: Block[]; draft: Block[] } {
  const prefix = draftOf(list.at(-1)?.id ?? '', '');
  if (!prefix) return { main: [...list], draft: [] };
  let k = list.length;
  while (k > 0 && draftOf((list[k - 1] as Block).id, '') === prefix) k--;
  if (k > 0 && list[k - 1]?.kind === 'para') return { main: [...list], draft: [] };
  return { main: list.slice(0, k), draft: list.slice(k) };
}

/** A draft resolution as a `component`: a statement of its own, with its formula and preamble, and its operative part. */
export function draftComponent(draft: Block[], render: Render, meta: XmlElement): XmlElement {
  const parts = draftParts(draft, '');
  return el(
    'component',
    { eId: `${parts.prefix}component` },
    el(
      'statement',
      { name: 'draftResolution' },
      meta,
      parts.formula || parts.preamble.length > 0 ? el('preamble', {}, parts.formula ? el('formula', { name: 'enactingFormula', eId: parts.formula.id }, el('p', {}, parts.formula.text, ...render.marks(parts.formula.id))) : null, parts.preamble.map((p) => preambularContainer(p, render))) : null,
      mainBody(blocks(parts.body, parts.prefix, render)),
    ),
  );
}

/** A `mainBody`; one with no blocks holds an empty heading, which the schema asks for and readers read as nothing. */
export function mainBody(children: XmlElement[]): XmlElement {
  return el('mainBody', {}, children.length > 0 ? children : [el('paragraph', { class: 'empty' }, el('subheading', {}))]);
}

/** What the importer will know when it reads the next paragraph of a run. */
interface RunState {
  /** A numbered paragraph came before. */
  numbered: boolean;
  prev: Block | null;
}

function takeWhile(list: readonly Block[], from: number, keep: (b: Block) => boolean): Block[] {
  const out: Block[] = [];
  for (let j = from; j < list.length && keep(list[j] as Block); j++) out.push(list[j] as Block);
  return out;
}

/** The id prefix of the draft resolution a block of a run belongs to ("draft-", "draft-2-"), or null. */
function draftOf(id: string, prefix: string): string | null {
  return new RegExp(`^${escapeRegExp(prefix)}draft-(?:\\d+-)?`).exec(id)?.[0] ?? null;
}

/** The blocks of a draft resolution starting at `from`, if one starts there; a second draft right after it is not one of them. */
function takeDraft(list: readonly Block[], from: number, prefix: string): Block[] {
  const first = list[from];
  const draft = first && draftOf(first.id, prefix);
  return draft ? takeWhile(list, from, (b) => draftOf(b.id, prefix) === draft) : [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function headingElement(heading: Heading, render: Render): XmlElement {
  return el('paragraph', { eId: heading.id, class: 'H23' }, el('subheading', {}, ...render.words(heading)));
}

/** A part A, B…: its letter as the first `subheading`, then its blocks. */
function partElement(id: string, members: Block[], render: Render): XmlElement {
  const head = members[0]?.id === id && members[0].kind === 'heading' ? members[0] : null;
  const inner = head ? members.slice(1) : members;
  const children = blocks(inner, `${id}-`, render);
  return el('part', { eId: id }, head ? el('subheading', {}, ...render.words(head)) : null, children);
}

/** A part's preambular paragraph, as the UN sets it: `crossHeading refersTo="#preamble"`; its lettered items follow as paragraphs of their own, which the importer sets under it. */
function partPreambular(para: Para, render: Render): XmlElement[] {
  return [el('crossHeading', { refersTo: '#preamble', eId: para.id }, ...render.words(para)), ...para.items.map((item, n) => itemParagraph(item, n + 1, render))];
}

function itemParagraph(item: Para, position: number, render: Render): XmlElement {
  return el('paragraph', { eId: item.id }, item.num === null ? null : el('num', {}, printedLabel(item.num, 1, position, render.lang)), inner(item, 2, render, null));
}

/** A table, one row per paragraph `…-table-1-row-4`, its cells split again at " | ". */
function tableElement(id: string, rows: Para[], render: Render): XmlElement {
  return el(
    'container',
    { name: 'table', eId: id },
    el(
      'table',
      { eId: `${id}-table` },
      rows.map((row) => {
        const cells = row.text.split(' | ');
        // The row's footnote marks stand after its last cell.
        return el('tr', { eId: row.id }, cells.map((cell, c) => el('td', {}, el('p', {}, ...render.inline(cell), ...(c === cells.length - 1 ? render.marks(row.id) : [])))));
      }),
    ),
  );
}

const CLAUSE_END = /[,;:.，；：。،؛]["”’»)）]*$/;
const PREAMBULAR_END = /[,،，]["”’»)）]*\s*$/;

/**
 * Whether a `paragraph` without `num` holding these words is read back as an unnumbered
 * paragraph: the importer tells such a paragraph by its words (a number or label printed
 * first, a short line that ends no clause is a heading, a comma before the first numbered
 * paragraph makes it preambular, words after a numbered paragraph with none are its words).
 */
function readsAsUnnumbered(para: Para, run: RunState): boolean {
  const prev = run.prev;
  if (prev && prev.kind === 'para' && prev.num !== null && prev.text === '' && prev.items.length === 0) return false;
  if (leadingNumber(para.text) || leadingLabel(para.text)) return false;
  const plain = para.text.trim();
  if (plain !== '' && !CLAUSE_END.test(plain) && displayWidth(plain) <= 160) return false;
  if (!run.numbered && PREAMBULAR_END.test(plain)) return false;
  return true;
}

function paragraph(para: Para, prefix: string, run: RunState, render: Render, draft: XmlElement | null): XmlElement[] {
  const rest = para.id.slice(prefix.length);
  if (para.num === null && !/^preamble-\d+$/.test(rest) && !draft && !readsAsUnnumbered(para, run)) {
    // Words the importer would read as something else: a container it reads as they are, its sub-paragraphs after it as paragraphs of their own, which the importer sets under it.
    return [el('hcontainer', { name: 'unnumberedParagraph', eId: para.id }, el('content', {}, el('p', {}, ...render.words(para)))), ...para.items.map((item, n) => itemParagraph(item, n + 1, render))];
  }
  const num = para.num === null ? null : el('num', {}, printedLabel(para.num, /^\d+$/.test(para.num) ? 0 : 1, 1, render.lang));
  return [el('paragraph', { eId: para.id }, num, inner(para, 1, render, draft))];
}

/** A paragraph's words and sub-paragraphs: `content`, or a `list` with an `intro`. */
function inner(para: Para, depth: number, render: Render, draft: XmlElement | null): XmlElement[] {
  if (para.items.length === 0) return [el('content', {}, el('p', {}, ...render.words(para), draft))];
  const intro = para.text === '' && render.marks(para.id).length === 0 ? null : el('intro', {}, el('p', {}, ...render.words(para)));
  const list = el('list', { eId: `${para.id}-list` }, intro, points(para, depth, render));
  // A draft after sub-paragraphs stands in the paragraph's wrap-up, which the importer reads as no words of it.
  return draft ? [list, el('wrapUp', {}, el('p', {}, draft))] : [list];
}

function points(para: Para, depth: number, render: Render): XmlElement[] {
  return para.items.map((item, i) => el('point', { eId: item.id }, item.num === null ? null : el('num', {}, printedLabel(item.num, depth, i + 1, render.lang)), inner(item, depth + 1, render, null)));
}

/** A draft's blocks: its prefix ("draft-", "draft-2-"), formula, preambular paragraphs and operative part. */
function draftParts(draft: Block[], prefix: string): { prefix: string; formula: Para | null; preamble: Para[]; body: Block[] } {
  const draftPrefix = draftOf(draft[0]?.id ?? '', prefix) ?? `${prefix}draft-`;
  let k = 0;
  const formula = draft[0]?.id === `${draftPrefix}formula` ? (draft[0] as Para) : null;
  if (formula) k = 1;
  const preamble: Para[] = [];
  while (k < draft.length && new RegExp(`^${escapeRegExp(draftPrefix)}preamble-\\d+$`).test(draft[k]?.id ?? '')) preamble.push(draft[k++] as Para);
  return { prefix: draftPrefix, formula, preamble, body: draft.slice(k) };
}

/** A draft resolution in the paragraph that recommends it: its formula (a `container name="formula"`, as the UN sets it), its preambular paragraphs as containers, its operative part. */
function embedded(draft: Block[], prefix: string, render: Render): XmlElement {
  const parts = draftParts(draft, prefix);
  const children: XmlNode[] = [];
  if (parts.formula) children.push(el('container', { name: 'formula', eId: parts.formula.id }, el('p', {}, parts.formula.text, ...render.marks(parts.formula.id))));
  children.push(...parts.preamble.map((p) => preambularContainer(p, render)));
  children.push(...blocks(parts.body, parts.prefix, render));
  return el('embeddedStructure', { eId: `${parts.prefix}resolution` }, children);
}
