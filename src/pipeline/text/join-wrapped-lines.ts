import { displayWidth, indentOf } from './display-width.ts';
import { stripMarks } from './footnote-mark.ts';
import { TextJoiner } from './join-text.ts';
import { isNextNumber, LABEL_ONLY, readLabel } from './labels.ts';
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

// How many columns a label alone on its line ("(十四)", "12.") takes from the start of the line after it.
const LABEL_WIDTH = 10;
// A bracketed line above the title (the recommendation) always stands on its own; below it, "[" is the text's own.
const BRACKET_START = /^\s*[[［]/;

/**
 * Joins wrapped lines into blocks (paragraphs, headings, title and date lines). Justified
 * text fills every line but a paragraph's last, so a line that falls short of the measure
 * and closes a clause ends its block; a label ("12.", "(a)"), a first-line indent or a lead
 * word after such a line starts the next one. In double-spaced extractions, blank lines mean
 * nothing; elsewhere a blank line ends a paragraph. Where an extraction ends each block's last
 * line with a space (the seed's does), that space alone says where blocks end.
 */
export function joinWrappedLines(lines: SourceLine[], options: JoinOptions = {}): TextBlock[] {
  const layout = measureLayout(lines, options.leadWord);
  const blocks: TextBlock[] = [];
  // Each block's text is joined at the end, in linear time, however many lines it has.
  const joiners: TextJoiner[] = [];
  let previous: SourceLine | null = null;
  let blankBefore = false;
  let lastOperative = 0;
  // Lead words open preambular paragraphs: in an operative part ("…, recommends," / "taking note…") they do not.
  let inOperative = false;
  let joinNext = false;
  // The line before was the first after a label alone on its line: it is short by the label's width.
  let afterLabel = false;
  let pastTitle = false;
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
    // "(a)" at the start of a line opens a sub-paragraph where a clause or a paragraph ended before
    // it; after a full line that runs on, it is the text's own "(a)" that the wrapping put there.
    const itemLabel = label !== null && label.kind !== 'operative' && label.kind !== 'title' && !labelOnly;
    const runsOn = itemLabel && previous !== null && !opensLabel(previous, line, blankBefore, layout);
    const labelled = numbered || (itemLabel && !runsOn) || (label?.kind === 'title') || (labelOnly && !/^\s*\d/.test(line.text)) || (!pastTitle && BRACKET_START.test(line.text));
    if (label?.kind === 'title') pastTitle = true;
    const next = lines.slice(index + 1, index + 4).find((l) => !isBlank(l));
    const alone = options.standalone?.(stripMarks(line.text).trim()) ?? false;
    const previousAlone = previous !== null && (options.standalone?.(stripMarks(previous.text).trim()) ?? false);
    if (alone) inOperative = false;
    const starts =
      !joinNext &&
      (previous === null ||
        labelled ||
        alone ||
        previousAlone ||
        startsBlock(previous, line, blankBefore, afterLabel ? { ...layout, slack: layout.slack + LABEL_WIDTH } : layout, inOperative ? { ...options, leadWord: undefined } : options) ||
        isHeadingLine(previous, line, next, layout));
    const trimmed = { ...line, text: line.text.trim() };
    if (starts) {
      blocks.push({ text: trimmed.text, lines: [trimmed] });
      joiners.push(new TextJoiner(trimmed.text));
    } else {
      // After a label alone on its line ("1 -", "(a)"), the words always take a space.
      (joiners.at(-1) as TextJoiner).add(trimmed.text, joinNext);
      (blocks.at(-1) as TextBlock).lines.push(trimmed);
    }
    afterLabel = joinNext;
    joinNext = labelOnly && (numbered || labelled);
    if (numbered) inOperative = true;
    previous = line;
    blankBefore = false;
  });
  blocks.forEach((block, i) => (block.text = (joiners[i] as TextJoiner).text()));
  return blocks.flatMap(splitAtPageTop);
}

/**
 * A block that runs over a page break from a line that closed a clause, and ends with no clause
 * closed, is two: the paragraph that ended at the foot of the page, and a heading at the top
 * of the next (the blank line between them went with the page break).
 */
function splitAtPageTop(block: TextBlock): TextBlock[] {
  const end = (text: string) => CLAUSE_END.test(stripMarks(text).trimEnd());
  const at = block.lines.findIndex((l, i) => i > 0 && l.pageStart === true && end((block.lines[i - 1] as SourceLine).text));
  if (at < 0 || end(block.text) || block.heading) return [block];
  const join = (lines: SourceLine[]) => ({
    text: lines.reduce((text, l, i) => text.add(l.text, i > 0 && LABEL_ONLY.test((lines[i - 1] as SourceLine).text)), new TextJoiner()).text(),
    lines,
  });
  return [join(block.lines.slice(0, at)), join(block.lines.slice(at))];
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
  /**
   * The extraction ends a block's last line with a space and no other line (the seed's does):
   * a double-spaced text where some lines end with a space, and hardly any full line does.
   */
  endSpaces: boolean;
}

function measureLayout(lines: SourceLine[], leadWord?: RegExp): Layout {
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
  // Where numbered paragraphs follow a blank line, blank lines are how paragraphs are told apart;
  // in a text with no numbered paragraphs, where preambular ones (told by their lead words) do.
  const afterBlank = (opens: (l: SourceLine) => boolean) => lines.flatMap((l, i) => (i > 0 && opens(l) ? [isBlank(lines[i - 1] as SourceLine)] : []));
  const byNumber = afterBlank((l) => readLabel(l.text)?.kind === 'operative' || /^\s*\d{1,3}\s*(?:[.．]|[-–])\s*$/.test(l.text));
  const numbered = byNumber.length >= 2 ? byNumber : afterBlank((l) => leadWord?.test(l.text.trim()) ?? false);
  const gapped = numbered.filter(Boolean).length;
  const paragraphGaps = !doubleSpaced && numbered.length >= 2 && gapped >= numbered.length * 0.7;
  const slack = cjk ? 4 : Math.round(measure * 0.2);
  const spaced = text.filter(endsBlock);
  const full = text.filter((l) => displayWidth(stripMarks(l.text).trimEnd()) >= measure - slack);
  const fullSpaced = full.filter(endsBlock);
  const endSpaces = doubleSpaced && spaced.length >= text.length * 0.1 && spaced.length <= text.length * 0.75 && fullSpaced.length < full.length * 0.5;
  return { measure, indent, doubleSpaced, paragraphGaps, slack, endSpaces };
}

/** Whether a label may open a block after `previous`: past a blank line where blank lines part paragraphs, else after a clause's end or a short line. */
function opensLabel(previous: SourceLine, line: SourceLine, blankBefore: boolean, layout: Layout): boolean {
  if (layout.paragraphGaps && !line.pageStart) return blankBefore;
  if (layout.endSpaces) return endsBlock(previous);
  const before = stripMarks(previous.text).trimEnd();
  return CLAUSE_END.test(before) || /[\]］]\s*$/.test(before) || !isFull(before, layout);
}

function startsBlock(previous: SourceLine, line: SourceLine, blankBefore: boolean, layout: Layout, options: JoinOptions): boolean {
  // A page break is no paragraph break: at the top of a page, only the text itself tells.
  if (blankBefore && !layout.doubleSpaced && !line.pageStart) return true;
  if (layout.paragraphGaps && !line.pageStart) return false;
  // Where the extraction ends each block's last line with a space, that space tells, and only it:
  // a heading ends there, and a line at the top of a page, indented or not, runs on.
  if (layout.endSpaces) return endsBlock(previous);
  const before = stripMarks(previous.text).trimEnd();
  const full = isFull(before, layout);
  // The last line of a page is full unless its block ends there (a heading's, or a paragraph's).
  if (line.pageStart && !full) return true;
  const indented = isIndented(line, layout);
  const leadWord = options.leadWord?.test(line.text.trim()) ?? false;
  // A full line closing a clause, then an indented line in lower case that opens no paragraph:
  // the top of a page with no furniture to mark it, whose first line carries a space more.
  if (full && indented && !leadWord && /^\p{Ll}/u.test(line.text.trim())) return false;
  if (CLAUSE_END.test(before) || /[\]］]\s*$/.test(before)) return !full || indented || leadWord;
  return !full && indented;
}

/**
 * A heading (or a date line) is short, closes no clause, and stands between a line that
 * closes one and a labelled or indented line.
 */
function isHeadingLine(previous: SourceLine, line: SourceLine, next: SourceLine | undefined, layout: Layout): boolean {
  if (layout.endSpaces) return false;
  // Where blank lines part paragraphs, a heading has them around it too: a short line inside a paragraph is its text.
  if (layout.paragraphGaps && !line.pageStart) return false;
  const text = stripMarks(line.text).trimEnd();
  if (!CLAUSE_END.test(stripMarks(previous.text).trimEnd()) || CLAUSE_END.test(text) || isFull(text, layout)) return false;
  return next === undefined || readLabel(next.text) !== null || LABEL_ONLY.test(next.text) || isIndented(next, layout);
}

/** The line ends with a space: in an extraction that marks block ends so, its block ends here. */
function endsBlock(line: SourceLine): boolean {
  return line.endSpace ?? /[ \t\u3000]$/.test(line.text);
}

function isFull(text: string, layout: Layout): boolean {
  return displayWidth(text) >= layout.measure - layout.slack;
}

function isIndented(line: SourceLine, layout: Layout): boolean {
  // The first line of a page may carry one more space than the lines around it.
  return indentOf(line.text) > layout.indent + (line.pageStart ? 1 : 0);
}
