import type { Conventions } from '../conventions/types.ts';
import { displayWidth } from './display-width.ts';
import type { DraftBlock, DraftPara } from './draft.ts';
import { stripMarks } from './footnote-mark.ts';
import { joinTexts } from './join-text.ts';
import type { TextBlock } from './join-wrapped-lines.ts';
import { readLabel, type Label } from './labels.ts';
import { letterId, romanId } from './positional-ids.ts';

/** The preamble, the operative part and the closing lines of a resolution. */
export interface Body {
  preamble: DraftPara[];
  body: DraftBlock[];
  /** The closing lines as printed: the date and the plenary meeting. */
  closing: string[];
  warnings: string[];
}

const CLAUSE_END = /[，,；;。．.：:！!？?]["”’」』》)）]*$/;

/**
 * Recognises what follows the formula: preambular paragraphs until the first heading or
 * numbered paragraph; then headings, numbered paragraphs, their lettered sub-paragraphs
 * and the items inside those; and the closing date and plenary meeting.
 */
export function recogniseBody(blocks: TextBlock[], conventions: Conventions): Body {
  const out: Body = { preamble: [], body: [], closing: [], warnings: [] };
  let operative = false;
  let lastNumber = 0;
  let para: DraftPara | null = null;
  for (const block of blocks) {
    const line = block.lines[0]?.n ?? 0;
    const plain = stripMarks(block.text);
    const label = readLabel(block.text);
    if (isClosing(block, conventions)) {
      out.closing.push(...block.lines.map((l) => stripMarks(l.text).trim()));
      continue;
    }
    if (out.closing.length > 0) out.warnings.push(`line ${line}: text after the closing lines, read as part of the resolution`);
    if (label?.kind === 'operative' && (Number(label.value) === lastNumber + 1 || Number(label.value) === 1)) {
      operative = true;
      lastNumber = Number(label.value);
      para = draftPara(`para-${label.value}`, label.value, label.printed, label.rest, line);
      out.body.push(para);
    } else if (label && label.kind !== 'operative' && label.kind !== 'title' && para) {
      addItem(para, label, line, out.warnings);
    } else if (isHeading(plain, block)) {
      operative = true;
      para = null;
      const id = `section-${out.body.filter((b) => b.kind === 'heading').length + 1}`;
      out.body.push({ kind: 'heading', id, text: block.text, line });
    } else if (!operative) {
      out.preamble.push(draftPara(`preamble-${out.preamble.length + 1}`, null, null, block.text, line));
    } else {
      const last: DraftPara | undefined = lastLeaf(out.body);
      if (!last) {
        out.warnings.push(`line ${line}: unnumbered text after a heading, read as a paragraph of its own`);
        out.body.push(draftPara(`para-${lastNumber + 1}`, null, null, block.text, line));
        continue;
      }
      out.warnings.push(`line ${line}: unnumbered text inside the operative part, joined to ${last.id}`);
      last.text = joinTexts(last.text, block.text);
    }
  }
  return out;
}

function draftPara(id: string, num: string | null, label: string | null, text: string, line: number): DraftPara {
  return { kind: 'para', id, num, label, text: text.trim(), line, items: [] };
}

/**
 * Places a sub-paragraph or an item. A label such as "(c)", "(i)" or "(v)" reads as a letter
 * or a roman numeral; the one that continues the sequence decides, a letter when both do.
 */
function addItem(para: DraftPara, label: Label, line: number, warnings: string[]): void {
  const sub = para.items.at(-1);
  const nextLetter = letterId(para.items.length + 1);
  const nextRoman = sub ? romanId(sub.items.length + 1) : null;
  let isItem = label.kind === 'cjk-item' && sub !== undefined;
  if (label.kind === 'roman') isItem = sub !== undefined && label.value !== nextLetter;
  const parent = isItem ? (sub as DraftPara) : para;
  const id = `${parent.id}-${isItem ? nextRoman : nextLetter}`;
  const expected = isItem ? nextRoman : nextLetter;
  if (label.kind !== 'cjk-item' && label.value !== expected) {
    warnings.push(`line ${line}: label ${label.printed} stands where (${expected}) was expected; its id is ${id}`);
  }
  parent.items.push(draftPara(id, label.value, label.printed, label.rest, line));
}

function lastLeaf(body: DraftBlock[]): DraftPara | undefined {
  const last = body.at(-1);
  if (!last || last.kind !== 'para') return undefined;
  let leaf = last;
  while (leaf.items.length > 0) leaf = leaf.items.at(-1) as DraftPara;
  return leaf;
}

/** A heading is short, unnumbered, and does not end a clause, as the UN sets its bold headings. */
function isHeading(plain: string, block: TextBlock): boolean {
  return !CLAUSE_END.test(plain) && block.lines.length <= 3 && displayWidth(plain) <= 160;
}

/** The closing lines: the plenary meeting, or a date standing alone. */
function isClosing(block: TextBlock, conventions: Conventions): boolean {
  const plain = stripMarks(block.text).trim();
  if (readLabel(block.text)?.kind === 'operative') return false;
  if (displayWidth(plain) > 80) return false;
  const date = conventions.date.exec(plain);
  const dateAlone = date !== null && plain.replace(date[0], '').trim() === '';
  return conventions.meeting.test(plain) || dateAlone;
}
