import type { TextBlock } from '../text/join-wrapped-lines.ts';
import { stripMarks } from '../text/footnote-mark.ts';
import { joinTexts } from '../text/join-text.ts';
import type { SourceLine } from '../text/source-line.ts';
import type { Layout } from './classify-regions.ts';
import type { MarkedLine } from './find-marks.ts';
import type { PdfLine } from './group-lines.ts';

/** A block as the text stages take it, with the type it is set in (which those stages do not read). */
export interface PdfBlock extends TextBlock {
  /** Font size of the block's text, in points. */
  size: number;
  bold: boolean;
  page: number;
}

/** What the language tells the block builder. */
export interface BlockOptions {
  /**
   * Lines the UN prints on their own (the formula, "Annex", the closing meeting and date),
   * taken at their word where they are set in body type: an annex title follows "Annex" in
   * the same type at line spacing, with nothing in the geometry to set them apart.
   */
  standalone?: (text: string) => boolean;
}

// Lines of one paragraph stand one leading apart (about 1.2 times the size); paragraphs are
// set apart by more (about 1.8 times).
const PARAGRAPH_GAP = 1.45;
// Indents and alignments are compared with this slack, a fraction of the font size.
const SLACK = 0.5;
// A last line that ends this far short of the column (times the size) ends its paragraph.
const SHORT = 1.5;
// A label in a column of its own ("1.", "(a)", "79/3.") stands this far from the text (times the size).
const LABEL_GAP = 0.9;
// Numbers, letters and roman numerals with a dot or in brackets, and a resolution's own number;
// not words, which a justified line may also set far from the next one.
const LABEL = /^(?:[(（]?(?:\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Z])[.．)）]|[(（][\p{L}\p{N}]{1,4}[)）]|\d{1,4}\/\d+(?:\s?[A-Z])?[.．])$/u;

/**
 * Builds paragraph blocks from the body's lines by their geometry: a line starts a new
 * block when it stands a paragraph gap below the one before, starts right of where the
 * block's text runs (a first-line indent, or a line set right such as a date) or left of
 * it, carries a label in a column of its own, changes size or weight (a bold heading, a
 * title), or is one the language always prints alone. Across a page break a paragraph runs
 * on unless the last line of the page fell short of the column or the next page opens with
 * an indent, a label or other type.
 */
export function buildBlocks(lines: MarkedLine[], layout: Layout, options: BlockOptions = {}): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  let current: { block: PdfBlock; lines: PdfLine[]; alone: boolean } | null = null;
  let lastPage = 0;
  for (const marked of lines) {
    const { line } = marked;
    const source: SourceLine = { n: line.n, text: marked.text };
    if (line.page !== lastPage && lastPage !== 0) source.pageStart = true;
    lastPage = line.page;
    // The adoption line may end in a date too ("… on" / "24 October 2024"): it is set larger.
    const alone = Math.abs(line.size - layout.bodySize) < 0.05 * layout.bodySize && (options.standalone?.(stripMarks(marked.text)) ?? false);
    if (current === null || alone || current.alone || startsBlock(current.lines, line, layout)) {
      current = { block: { text: marked.text, lines: [source], size: line.size, bold: line.bold, page: line.page }, lines: [line], alone };
      blocks.push(current.block);
      continue;
    }
    current.block.text = joinTexts(current.block.text, marked.text);
    current.block.lines.push(source);
    current.lines.push(line);
  }
  // Short blocks set wholly in bold are the UN's headings, even when they end in a full stop
  // ("Action 1. We will take bold, ambitious … actions …").
  for (const block of blocks) if (block.bold && block.lines.length <= 3 && !/^\s*(?:\d{1,3}[.．]|\([a-z]{1,4}\))\s/.test(block.text)) block.heading = true;
  return blocks;
}

function startsBlock(block: PdfLine[], line: PdfLine, layout: Layout): boolean {
  const previous = block.at(-1) as PdfLine;
  const size = Math.max(previous.size, line.size);
  if (Math.abs(previous.size - line.size) > 0.05 * size || previous.bold !== line.bold) return true;
  if (hangingLabel(line) !== null) return true;
  const second = block[1];
  const textStart = second ? ownLeft(second) : (hangingLabel(block[0] as PdfLine) ?? ownLeft(block[0] as PdfLine));
  if (ownLeft(line) > textStart + SLACK * size) return true;
  if (second && ownLeft(line) < textStart - SLACK * size) return true;
  if (line.page !== previous.page) return previous.right < layout.right - SHORT * size;
  return line.y - previous.y > PARAGRAPH_GAP * size;
}

/** Left edge of a line's own text, superscripts aside. */
function ownLeft(line: PdfLine): number {
  return line.items.find((item) => !item.raised)?.x ?? line.x;
}

/** Where the text starts after a label set in a column of its own, or null when the line has none. */
function hangingLabel(line: PdfLine): number | null {
  const [label, text] = line.items.filter((item) => !item.raised);
  if (!label || !text || !LABEL.test(label.text.trim())) return null;
  return text.x - (label.x + label.width) >= LABEL_GAP * line.size ? text.x : null;
}
