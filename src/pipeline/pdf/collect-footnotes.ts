import { extractMarks } from '../text/footnote-mark.ts';
import { joinTexts } from '../text/join-text.ts';
import { markLine } from './find-marks.ts';
import type { PdfLine } from './group-lines.ts';

/** A footnote read from the footnote areas: its number, its text, and the line it starts on. */
export interface PdfFootnote {
  n: number;
  text: string;
  line: number;
}

/**
 * Reads the footnotes from the footnote-area lines of all pages, in order. A line opening
 * with a footnote number starts a footnote; any other line continues the one before it,
 * also across a page break, where a long footnote runs on into the next page's area.
 */
export function collectFootnotes(lines: PdfLine[]): { footnotes: PdfFootnote[]; warnings: string[] } {
  const footnotes: PdfFootnote[] = [];
  const warnings: string[] = [];
  for (const line of lines) {
    const marked = markLine(line, null, true);
    // The model's footnotes carry no marks of their own; a superscript inside one is dropped.
    const { text, marks } = extractMarks(marked.text);
    if (marks.length > 0) warnings.push(`line ${line.n}: a footnote mark inside a footnote is left out`);
    const current = footnotes.at(-1);
    if (marked.opens !== null) {
      const expected = (current?.n ?? 0) + 1;
      if (marked.opens !== expected) warnings.push(`line ${line.n}: footnote ${marked.opens} stands where footnote ${expected} was expected`);
      footnotes.push({ n: marked.opens, text, line: line.n });
    } else if (current) current.text = joinTexts(current.text, text);
    else warnings.push(`line ${line.n}: text in a footnote area before any footnote number, left out: "${text.slice(0, 60)}"`);
  }
  for (const note of footnotes) if (note.text.trim() === '') warnings.push(`line ${note.line}: footnote ${note.n} has no text`);
  return { footnotes, warnings };
}
