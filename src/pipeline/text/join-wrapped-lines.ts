import { displayWidth, indentOf } from './display-width.ts';
import { stripMarks } from './footnote-mark.ts';
import { joinTexts } from './join-text.ts';
import { isNextNumber, readLabel } from './labels.ts';
import { isBlank, type SourceLine } from './source-line.ts';
import { CLAUSE_END } from './punctuation.ts';

/** A paragraph-like block of text: its printed lines joined, and the lines it came from. */
export interface TextBlock {
  /** The joined text; footnote marks are still placeholders. */
  text: string;
  /** The source lines, in order, trimmed; `lines[0].n` is where the block starts. */
  lines: SourceLine[];
  /** Set where the source itself says the block is a heading (a PDF's bold type). */
  heading?: boolean;
}

/** What the language tells the joiner about lines. */
export interface JoinOptions {
  /** Lines that always stand alone: the formula, the closing meeting and date lines. */
  standalone?: (text: string) => boolean;
  /** The words that open a preambular paragraph ("Recalling", 回顾). */
  leadWord?: RegExp;
}

// A bracketed line (the recommendation) always stands on its own.
const BRACKET_START = /^\s*[[［]/;
// A label printed on a line of its own (pdftotext, PyMuPDF): the paragraph's text follows it.
const LABEL_ONLY = /^\s*(?:\d{1,3}\s*[.．]|(?:[IVXL]{1,6}|[A-Z])[.．]|[(（][a-z]{1,4}[)）]|[a-z]{1,4}\)|[\u3220-\u3229])\s*$/;

/**
 * Joins wrapped lines into blocks (paragraphs, headings, title and date lines). Justified
 * text fills every line but a paragraph's last, so a line that falls short of the measure
 * and closes a clause ends its block; a label ("12.", "(a)"), a first-line indent or a lead
 * word after such a line starts the next one. In double-spaced extractions, blank lines mean
 * nothing; elsewhere a blank line ends a paragraph.
 */
export function joinWrappedLines(lines: SourceLine[], options: JoinOptions = {}): TextBlock[] {
  const layout = measureLayout(lines);
  const blocks: TextBlock[] = [];
  let previous: SourceLine | null = null;
  let blankBefore = false;
  let lastOperative = 0;
  let joinNext = false;
  lines.forEach((line, index) => {
    if (isBlank(line)) {
      blankBefore = true;
      return;
    }
    const label = readLabel(line.text);
    const labelOnly = LABEL_ONLY.test(line.text);
    const operativeNumber = label?.kind === 'operative' ? Number(label.value) : labelOnly ? Number(/\d+/.exec(line.text)?.[0] ?? NaN) : NaN;
    const numbered = !Number.isNaN(operativeNumber) && isNextNumber(operativeNumber, lastOperative);
    if (numbered) lastOperative = operativeNumber;
    const labelled = numbered || (label !== null && label.kind !== 'operative') || (labelOnly && !/\d/.test(line.text)) || BRACKET_START.test(line.text);
    const next = lines.slice(index + 1, index + 4).find((l) => !isBlank(l));
    const alone = options.standalone?.(stripMarks(line.text).trim()) ?? false;
    const previousAlone = previous !== null && (options.standalone?.(stripMarks(previous.text).trim()) ?? false);
    const starts =
      !joinNext &&
      (previous === null ||
        labelled ||
        alone ||
        previousAlone ||
        startsBlock(previous, line, blankBefore, layout, options) ||
        isHeadingLine(previous, line, next, layout));
    const trimmed = { ...line, text: line.text.trim() };
    if (starts) blocks.push({ text: trimmed.text, lines: [trimmed] });
    else {
      const block = blocks.at(-1) as TextBlock;
      block.text = joinTexts(block.text, trimmed.text);
      block.lines.push(trimmed);
    }
    joinNext = labelOnly && (numbered || labelled);
    previous = line;
    blankBefore = false;
  });
  return blocks;
}

interface Layout {
  /** Width of a full line of body text, in columns. */
  measure: number;
  /** Indentation of continuation lines, in columns. */
  indent: number;
  /** Blank lines stand between all lines, so they mark nothing. */
  doubleSpaced: boolean;
  /** Blank lines stand between paragraphs and nowhere else (PyMuPDF-style extraction). */
  paragraphGaps: boolean;
  /** How far short of the measure a line may fall and still be full: CJK text is set to the character. */
  slack: number;
}

function measureLayout(lines: SourceLine[]): Layout {
  const text = lines.filter((l) => !isBlank(l));
  const widths = text.map((l) => displayWidth(stripMarks(l.text).trimEnd())).sort((a, b) => a - b);
  const measure = widths[Math.floor(widths.length * 0.9)] ?? 0;
  const indents = new Map<number, number>();
  for (const l of text) indents.set(indentOf(l.text), (indents.get(indentOf(l.text)) ?? 0) + 1);
  const indent = [...indents].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  let followedByBlank = 0;
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!isBlank(l) && next && isBlank(next)) followedByBlank++;
  });
  const sample = text.map((l) => l.text).join('');
  const cjk = (sample.match(/\p{Script=Han}/gu)?.length ?? 0) > sample.length / 3;
  const doubleSpaced = followedByBlank > text.length * 0.6;
  // Where numbered paragraphs follow a blank line, blank lines are how paragraphs are told apart.
  const numbered = lines.flatMap((l, i) => (i > 0 && (readLabel(l.text)?.kind === 'operative' || /^\s*\d{1,3}[.．]\s*$/.test(l.text)) ? [isBlank(lines[i - 1] as SourceLine)] : []));
  const gapped = numbered.filter(Boolean).length;
  const paragraphGaps = !doubleSpaced && numbered.length >= 2 && gapped >= numbered.length * 0.7;
  return { measure, indent, doubleSpaced, paragraphGaps, slack: cjk ? 4 : Math.round(measure * 0.2) };
}

function startsBlock(previous: SourceLine, line: SourceLine, blankBefore: boolean, layout: Layout, options: JoinOptions): boolean {
  // A page break is no paragraph break: at the top of a page, only the text itself tells.
  if (blankBefore && !layout.doubleSpaced && !line.pageStart) return true;
  if (layout.paragraphGaps && !line.pageStart) return false;
  const before = stripMarks(previous.text).trimEnd();
  const full = isFull(before, layout);
  const indented = isIndented(line, layout);
  if (CLAUSE_END.test(before) || /[\]］]\s*$/.test(before)) return !full || indented || (options.leadWord?.test(line.text.trim()) ?? false);
  return !full && indented;
}

/**
 * A heading (or a date line) is short, closes no clause, and stands between a line that
 * closes one and a labelled or indented line.
 */
function isHeadingLine(previous: SourceLine, line: SourceLine, next: SourceLine | undefined, layout: Layout): boolean {
  const text = stripMarks(line.text).trimEnd();
  if (!CLAUSE_END.test(stripMarks(previous.text).trimEnd()) || CLAUSE_END.test(text) || isFull(text, layout)) return false;
  return next === undefined || readLabel(next.text) !== null || LABEL_ONLY.test(next.text) || isIndented(next, layout);
}

function isFull(text: string, layout: Layout): boolean {
  return displayWidth(text) >= layout.measure - layout.slack;
}

function isIndented(line: SourceLine, layout: Layout): boolean {
  // The first line of a page may carry one more space than the lines around it.
  return indentOf(line.text) > layout.indent + (line.pageStart ? 1 : 0);
}
