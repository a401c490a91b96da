import type { Conventions } from '../conventions/types.ts';
import { displayWidth } from './display-width.ts';
import type { DraftAnnex, DraftBlock, DraftPara } from './draft.ts';
import { stripMarks } from './footnote-mark.ts';
import { joinTexts } from './join-text.ts';
import type { TextBlock } from './join-wrapped-lines.ts';
import { isNextNumber, readLabel, type Label } from './labels.ts';
import { letterId, printedLetter, romanId } from './positional-ids.ts';
import { CLAUSE_END, SENTENCE_END } from './punctuation.ts';

/** The preamble, the operative part, the annexes and the closing lines of a resolution. */
export interface Body {
  preamble: DraftPara[];
  body: DraftBlock[];
  annexes: DraftAnnex[];
  /** The closing lines as printed: the date and the plenary meeting. */
  closing: string[];
  warnings: string[];
}

/** Where recognised blocks go: the resolution itself, or one of its annexes. */
interface Part {
  /** "" for the resolution, "annex-1-" inside the first annex. */
  prefix: string;
  /** Where unnumbered paragraphs before the first numbered one go: the preamble, or an annex's body. */
  preamble: DraftBlock[];
  preambleCount: number;
  /** Unnumbered operative paragraphs so far. */
  unnumbered: number;
  /** A list numbered 1., 2.… inside the paragraph before it ("…the following objectives:"), and its next number. */
  list: { para: DraftPara; next: number } | null;
  body: DraftBlock[];
  operative: boolean;
  lastNumber: number;
  para: DraftPara | null;
  annex: DraftAnnex | null;
  /** Headings read in this part so far, for `section-N`. */
  headings: number;
  /** Where this part's blocks start in `body` (a part of a resolution shares its body). */
  start: number;
}

function newPart(prefix: string, preamble: DraftBlock[], body: DraftBlock[], annex: DraftAnnex | null): Part {
  return { prefix, preamble, preambleCount: 0, unnumbered: 0, list: null, body, operative: false, lastNumber: 0, para: null, annex, headings: 0, start: body.length };
}


/**
 * Recognises what follows the formula: preambular paragraphs until the first heading or
 * numbered paragraph; then headings, numbered paragraphs, their lettered sub-paragraphs and
 * the items inside those; the closing date and plenary meeting; and annexes, whose ids are
 * prefixed "annex-N-". Unnumbered paragraphs before an annex's first numbered one are its
 * preamble ("annex-1-preamble-2"). A resolution in parts A, B… ("ألف", "باء" in Arabic) gives
 * each part its own preamble, headings and numbering, prefixed "part-a-", as the AKN importer does.
 */
export function recogniseBody(blocks: TextBlock[], conventions: Conventions): Body {
  const out: Body = { preamble: [], body: [], annexes: [], closing: [], warnings: [] };
  let part: Part = newPart('', out.preamble, out.body, null);
  let expectAnnexTitle = false;
  let parts = 0;
  for (const block of blocks) {
    const line = block.lines[0]?.n ?? 0;
    const plain = stripMarks(block.text).trim();
    const label = readLabel(block.text);
    if (part.annex === null && isClosing(block, conventions)) {
      out.closing.push(...block.lines.map((l) => stripMarks(l.text).trim()));
      continue;
    }
    if (conventions.annex.test(plain)) {
      closePart(part, conventions);
      const annex: DraftAnnex = { id: `annex-${out.annexes.length + 1}`, title: '', body: [] };
      out.annexes.push(annex);
      part = newPart(`${annex.id}-`, annex.body, annex.body, annex);
      expectAnnexTitle = true;
      parts = 0;
      continue;
    }
    if (conventions.part.test(plain)) {
      // A resolution in parts A, B…: each has its own preamble, headings and numbering, prefixed "part-a-".
      closePart(part, conventions);
      const body = part.annex ? part.annex.body : out.body;
      const id = `${part.annex ? `${part.annex.id}-` : ''}part-${letterId(++parts)}`;
      body.push({ kind: 'heading', id, text: block.text, line });
      part = newPart(`${id}-`, body, body, part.annex);
      continue;
    }
    if (expectAnnexTitle && part.annex && isHeading(plain, block) && label === null) {
      part.annex.title = plain;
      expectAnnexTitle = false;
      continue;
    }
    expectAnnexTitle = false;
    if (part.annex === null && out.closing.length > 0) out.warnings.push(`line ${line}: text after the closing lines, read as part of the resolution`);
    // A lower-case fragment in the preamble that opens no paragraph is text the extraction moved.
    const previous = part.preamble.at(-1);
    if (!part.operative && label === null && previous?.kind === 'para' && /^\p{Ll}/u.test(plain) && !conventions.leadWord.test(plain) && !conventions.lowerCaseParagraphs) {
      out.warnings.push(`line ${line}: text in lower case that opens no paragraph, joined to ${previous.id}`);
      previous.text = joinTexts(previous.text, block.text);
      continue;
    }
    placeBlock(part, block, label, plain, line, out.warnings, conventions.leadWord);
  }
  closePart(part, conventions);
  return out;
}

/** Places one block in the part being read: a numbered paragraph, an item, a heading or a paragraph. */
function placeBlock(part: Part, block: TextBlock, label: Label | null, plain: string, line: number, warnings: string[], leadWord: RegExp): void {
  const number = label?.kind === 'operative' ? Number(label.value) : NaN;
  // "…the following objectives:" then "1.", "2.": a numbered list inside that paragraph, not a restart.
  if (label && number === 1 && part.para && part.lastNumber > 0 && /[:：]\s*$/.test(stripMarks(part.para.text))) part.list = { para: part.para, next: 1 };
  if (label && part.list && number === part.list.next && number !== part.lastNumber + 1) {
    part.list.next++;
    const id = `${part.list.para.id}-${letterId(part.list.para.items.length + 1)}`;
    part.list.para.items.push(draftPara(id, String(number), label.printed, label.rest, line));
    return;
  }
  part.list = null;
  if (isNextNumber(number, part.lastNumber)) {
    if (number > part.lastNumber + 1) warnings.push(`line ${line}: paragraph ${number} follows paragraph ${part.lastNumber}; the numbers between are missing`);
    part.operative = true;
    part.lastNumber = number;
    part.para = draftPara(`${part.prefix}para-${number}`, String(number), label?.printed ?? null, label?.rest ?? '', line);
    part.body.push(part.para);
  } else if (label && (label.kind === 'lettered' || label.kind === 'roman' || label.kind === 'cjk-item') && part.para) {
    addItem(part.para, label, line, warnings);
  } else if (label && (label.kind === 'lettered' || label.kind === 'roman' || label.kind === 'cjk-item') && !part.operative && introducesList(part.preamble.at(-1))) {
    // "Noting with satisfaction:" then "(a) That…", "(b) That…": the preambular paragraph's own items.
    addItem(part.preamble.at(-1) as DraftPara, label, line, warnings);
  } else if (block.heading === true || isHeading(plain, block)) {
    // A heading does not end a preamble: an annex may open with the heading "Preamble".
    part.para = null;
    const id = `${part.prefix}section-${++part.headings}`;
    part.body.push({ kind: 'heading', id, text: block.text, line });
  } else if (!part.operative && !(part.prefix === '' && SENTENCE_END.test(plain) && !leadWord.test(plain))) {
    part.preambleCount++;
    part.preamble.push(draftPara(`${part.prefix}preamble-${part.preambleCount}`, null, null, block.text, line));
  } else {
    const last = lastLeaf(part.body);
    if (!last || !part.operative) {
      // An unnumbered operative paragraph: "text-N" by position, so it never takes a number's id;
      // a resolution whose only operative paragraph is unnumbered prints it so, and it is para-1.
      if (part.operative) warnings.push(`line ${line}: unnumbered text after a heading, read as a paragraph of its own`);
      part.operative = true;
      part.unnumbered++;
      part.para = draftPara(`${part.prefix}text-${part.unnumbered}`, null, null, block.text, line);
      part.body.push(part.para);
      return;
    }
    warnings.push(`line ${line}: unnumbered text inside the operative part, joined to ${last.id}`);
    last.text = joinTexts(last.text, block.text);
  }
}

/** The end of a part: its operative paragraph when it has only an unnumbered one, named para-1. */
function closePart(part: Part, conventions: Conventions): void {
  promoteLastPreamble(part, conventions);
  nameLoneParagraph(part);
}

/**
 * A part with no operative paragraph, whose last unnumbered paragraph opens with no lead word
 * and does not end as a preambular one does ("Recommends the following…:", then its items):
 * that paragraph is the part's one operative paragraph, printed without a number.
 */
function promoteLastPreamble(part: Part, conventions: Conventions): void {
  const last = part.preamble.at(-1);
  if (part.annex || part.operative || last?.kind !== 'para' || !last.id.startsWith(`${part.prefix}preamble-`)) return;
  const text = stripMarks(last.text).trim();
  if (conventions.leadWord.test(text) || /[,،，]["”’»)]*$/.test(text)) return;
  const from = last.id;
  const rename = (p: DraftPara) => {
    p.id = `${part.prefix}text-1${p.id.slice(from.length)}`;
    p.items.forEach(rename);
  };
  part.preamble.pop();
  part.preambleCount--;
  rename(last);
  part.body.push(last);
  part.operative = true;
  part.unnumbered++;
}

/** A part whose only operative paragraph is unnumbered: that paragraph is its paragraph 1. */
function nameLoneParagraph(part: Part): void {
  const paras = part.body.slice(part.start).filter((b): b is DraftPara => b.kind === 'para' && !b.id.startsWith(`${part.prefix}preamble-`));
  const only = paras[0];
  if (paras.length !== 1 || !only || only.num !== null) return;
  const from = only.id;
  const rename = (p: DraftPara) => {
    p.id = `${part.prefix}para-1${p.id.slice(from.length)}`;
    p.items.forEach(rename);
  };
  rename(only);
}

/** A preambular paragraph that opens a list: it ends with a colon, or already has items. */
function introducesList(block: DraftBlock | undefined): boolean {
  return block?.kind === 'para' && block.num === null && (block.items.length > 0 || /[:：]\s*$/.test(stripMarks(block.text)));
}

function draftPara(id: string, num: string | null, label: string | null, text: string, line: number): DraftPara {
  return { kind: 'para', id, num, label, text: text.trim(), line, items: [] };
}

/**
 * Places a sub-paragraph or an item. A label such as "(c)", "(i)" or "(v)" reads as a letter
 * or a roman numeral: it is an item only under a sub-paragraph, and only when it neither
 * continues the letters (as printed, so one misprint does not shift the rest: "(i)" after
 * "(h)") nor continues sub-paragraphs that are themselves numbered (i), (ii)…
 */
function addItem(para: DraftPara, label: Label, line: number, warnings: string[]): void {
  const sub = para.items.at(-1);
  const nextLetter = letterId(para.items.length + 1);
  const afterPrinted = sub?.num && /^[a-z]$/.test(sub.num) ? String.fromCharCode(sub.num.charCodeAt(0) + 1) : nextLetter;
  const romanSubs = para.items.every((p, k) => p.num === romanId(k + 1)) && label.value === romanId(para.items.length + 1);
  const continuesLetters = label.value === nextLetter || label.value === afterPrinted;
  const isItem = sub !== undefined && (label.kind === 'cjk-item' || (label.kind === 'roman' && !continuesLetters && !romanSubs));
  const parent = isItem ? (sub as DraftPara) : para;
  const nextRoman = romanId(parent.items.length + 1);
  const id = `${parent.id}-${isItem ? nextRoman : nextLetter}`;
  const expected = isItem ? nextRoman : romanSubs ? label.value : printedLetter(para.items.length + 1, label.value);
  // Arabic prints its fifth letter "(هـ)" or "(ه)": both are the letter.
  const same = (a: string, b: string) => a.replace(/\u0640/g, '') === b.replace(/\u0640/g, '');
  if (label.kind !== 'cjk-item' && expected !== null && !same(label.value, expected) && label.value !== afterPrinted) {
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

/**
 * A heading is short, unnumbered, does not end a clause and, in scripts with capitals, starts
 * with one, as the UN sets its bold headings; a lower-case fragment is text that lost its place.
 */
function isHeading(plain: string, block: TextBlock): boolean {
  return !CLAUSE_END.test(plain) && !/^\p{Ll}/u.test(plain) && block.lines.length <= 4 && displayWidth(plain) <= 400;
}

/** The closing lines: the plenary meeting, or a date standing alone. */
function isClosing(block: TextBlock, conventions: Conventions): boolean {
  const plain = stripMarks(block.text).trim();
  if (readLabel(block.text)?.kind === 'operative') return false;
  if (displayWidth(plain) > 80) return false;
  // The meeting and the date, alone or together, and nothing else: "第 45 次全体会议的决定，" is text.
  const rest = plain.replace(conventions.meeting, '').replace(conventions.date, '').trim();
  return rest === '' && plain !== '';
}
