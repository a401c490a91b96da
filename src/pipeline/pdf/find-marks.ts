import { markPlaceholder } from '../text/footnote-mark.ts';
import { joinRuns, type PdfLine, type Run } from './group-lines.ts';

/** A line's text with its footnote marks as placeholders, and what else the marks told. */
export interface MarkedLine {
  line: PdfLine;
  /** The text; each superscript footnote number is a `markPlaceholder(n)` where it was printed. */
  text: string;
  /** In a footnote area: the number of the footnote this line opens, else null. */
  opens: number | null;
  warnings: string[];
}

// A superscript made of footnote numbers: "1", or "2, 3" where two marks share a run.
const MARK_NUMBERS = /^\d{1,3}(?:\s*,\s*\d{1,3})*$/;
const NUMBER = /^\d{1,3}$/;
// A footnote number not raised stands in a column of its own, this far (a fraction of the size) from the text.
const HANGING_GAP = 0.3;

/**
 * Reads a line's text, telling superscripts apart: in running text a raised number is a
 * footnote mark and becomes a placeholder at its place (only for a footnote the document
 * has, when `known` is given; another raised number stays text, with a warning); other
 * superscripts ("th", "er") stay glued to their word. In a footnote area the number that
 * opens a line is the footnote's own number.
 */
export function markLine(line: PdfLine, known: ReadonlySet<number> | null, footnoteArea = false): MarkedLine {
  const warnings: string[] = [];
  let items = line.items;
  let opens: number | null = null;
  const first = items[0];
  const second = items[1];
  if (footnoteArea && first && NUMBER.test(first.text.trim()) && (first.raised || (second && second.x - (first.x + first.width) > HANGING_GAP * line.size))) {
    opens = Number(first.text.trim());
    items = items.slice(1);
  }
  const runs: Run[] = [];
  for (const item of items) {
    const text = item.text.trim();
    if (!item.raised) runs.push({ item, text: item.text });
    else if (MARK_NUMBERS.test(text)) {
      for (const n of text.split(/\s*,\s*/).map(Number)) {
        if (known === null || known.has(n)) runs.push({ item, text: markPlaceholder(n), glued: true });
        else {
          warnings.push(`line ${line.n}: superscript ${n} matches no footnote; kept as text`);
          runs.push({ item, text: String(n), glued: true });
        }
      }
    } else runs.push({ item, text, glued: true });
  }
  return { line, text: joinRuns(runs), opens, warnings };
}
