import type { RenderBlock, LayoutStyle } from './render-extraction.ts';
import type { PrintedLanguage } from './render-languages.ts';
import { splitAtMarks, withMarks, wrapText, type Line } from './render-lines.ts';

/** A line placed on a page, with the block it belongs to. */
export type PlacedLine = Line & { block: RenderBlock };

/** A page: its lines, and the footnotes printed at its foot. */
export interface Page {
  lines: PlacedLine[];
  notes: number[];
}

/** What the page furniture and the footnotes print. */
export interface RenderContext {
  style: LayoutStyle;
  printed: PrintedLanguage;
  cjk: boolean;
  symbol: string;
  title: string;
  job: string;
  session: string | null;
  agendaLine: string | null;
  agendaTitle: string | null;
  noteLines(n: number): Line[];
}

/** The pages as the extractor prints them, in the given style. */
export function formatPages(pages: Page[], c: RenderContext): string {
  const out: string[] = c.style === 'seed' ? seedMasthead(c) : pymupdfMasthead(c);
  pages.forEach((page, p) => {
    if (p > 0 && c.style === 'pymupdf') out.push(...runningHeader(c, p + 1, pages.length));
    page.lines.forEach((line, i) => (c.style === 'seed' ? seedLine(out, line, p > 0 && i === 0, page.lines[i - 1], c.printed.mark) : pymupdfLine(out, line, i === 0, page.lines[i - 1], c)));
    if (page.notes.length > 0) out.push(...(c.style === 'seed' ? seedNotes(page.notes, c) : pymupdfNotes(page.notes, c)));
    else if (c.style === 'pymupdf') out.push('');
  });
  return `${out.join('\n')}\n`;
}

function seedMasthead(c: RenderContext): string[] {
  const agendaTitle = c.agendaTitle ? wrapText(c.agendaTitle, [], c.printed.measure - 20, { cjk: c.cjk }).flatMap((l) => [l.text, '']) : [];
  return [
    ...(c.session ? [` ${c.session} `, '  ', ''] : []),
    ...(c.agendaLine ? [`${c.agendaLine}   `, ' ', ''] : []),
    ...agendaTitle,
    ' ',
    '',
    `${c.job} `,
    '',
    `*${c.job.replace(/\D/g, '')}* ${c.printed.recycle}   `,
    '',
  ];
}

function pymupdfMasthead(c: RenderContext): string[] {
  const [un, organ, distr] = c.printed.masthead;
  const agendaTitle = c.agendaTitle ? wrapText(c.agendaTitle, [], c.printed.measure - 20, { cjk: c.cjk }).map((l) => `${l.text} `) : [];
  const masthead = [`${un} `, c.symbol, ' ', ' ', `${organ} `, `${distr} `, ' ', `${c.job} `, `*${c.job.replace(/\D/g, '')}* `, ' ', ' '];
  return [...masthead, ...(c.session ? [`${c.session} `] : []), ...(c.agendaLine ? [`${c.agendaLine} `] : []), ...agendaTitle, ' ', ' ', ' '];
}

/**
 * The seed's shape: every printed line followed by an empty one; a block's first line indented
 * one space (one more at the top of a page); a trailing space where a block ends; a mark alone
 * on its line, the rest of the printed line after it.
 */
function seedLine(out: string[], line: PlacedLine, pageTop: boolean, previous: PlacedLine | undefined, mark: (n: number) => string): void {
  const block = line.block;
  if (block.kind === 'closing' && previous?.block.kind !== 'closing') out.push(' ', '');
  const indent = (line.first && block.indent ? ' ' : '') + (pageTop ? ' ' : '');
  const end = line.last ? ' ' : '';
  const { pieces, marks } = splitAtMarks(line);
  out.push(indent + (pieces[0] ?? '') + (marks.length === 0 ? end : ''));
  marks.forEach((n, k) => {
    const rest = pieces[k + 1] ?? '';
    // After the mark, a line of one space where the block ends, as the seed prints it.
    if (rest.trim() === '') out.push(mark(n), ...(line.last ? [' '] : []));
    else out.push(`${mark(n)} `, rest + (k === marks.length - 1 ? end : ''));
  });
  if (block.kind !== 'closing') out.push('');
}

function seedNotes(notes: number[], c: RenderContext): string[] {
  const out = [' '.repeat(59)];
  notes.forEach((n, k) => {
    if (k > 0) out.push('');
    out.push(c.printed.mark(n));
    const lines = c.noteLines(n);
    lines.forEach((l, i) => out.push(...(i > 0 ? [''] : []), (i === 0 ? ' ' : '') + l.text + (l.last ? ' ' : '')));
  });
  return out;
}

/** PyMuPDF's shape: a blank line between blocks, a label alone on its line, marks glued to the words. */
function pymupdfLine(out: string[], line: PlacedLine, pageTop: boolean, previous: PlacedLine | undefined, c: RenderContext): void {
  // No gap between the closing lines: "18th plenary meeting" over "14 October 2025".
  if (line.first && !pageTop && !(line.block.kind === 'closing' && previous?.block.kind === 'closing')) out.push(' ');
  const text = withMarks(line, c.printed.mark);
  if (line.label > 0) out.push(text.slice(0, line.label), `${text.slice(line.label)} `);
  else out.push(`${text} `);
}

function pymupdfNotes(notes: number[], c: RenderContext): string[] {
  const out = ['_______________ ', ' '];
  notes.forEach((n, k) => out.push(...(k > 0 ? [' '] : []), ...c.noteLines(n).map((l) => l.text)));
  return [...out, ''];
}

/** The running header of page `p`: symbol and title on top, job number and "p/n" below, mirrored on odd pages. */
function runningHeader(c: RenderContext, p: number, total: number): string[] {
  // The running title is set smaller than the text, on two lines at most: a longer title is cut to its first line.
  const wrapped = wrapText(c.title, [], c.printed.measure + 15, { cjk: c.cjk }).map((l) => l.text);
  const title = wrapped.length > 2 ? wrapped.slice(0, 1) : wrapped;
  const job = c.job.replace(/\s*\(.\)$/, '');
  if (p % 2 === 0) return [`${c.symbol} `, ...title, ' ', job, `${p}/${total} `, ' ', ' '];
  return [...title, c.symbol, ' ', `${p}/${total}`, `${job} `, ' '];
}
