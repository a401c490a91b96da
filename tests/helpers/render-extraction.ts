import type { Imported } from '../../src/pipeline/imported.ts';
import type { FootnoteMark } from '../../src/pipeline/text/footnote-mark.ts';
import type { Block } from '../../src/schemas/block.ts';
import type { Para } from '../../src/schemas/para.ts';
import { PRINTED, type PrintedLanguage } from './render-languages.ts';
import { wrapText, type Line } from './render-lines.ts';
import { formatPages, type Page, type PlacedLine, type RenderContext } from './render-pages.ts';

/**
 * How the text was extracted from the PDF. `seed`: as content/E-RES-2015-26.zh.txt was, double
 * spaced, a one-space first-line indent, footnote marks alone on a line, each footnote's number
 * alone before its text, a rule of spaces above them, no furniture after the first page.
 * `pymupdf`: single spacing with a blank line between paragraphs, labels alone on a line, marks
 * glued to the word ("Summit,1"), footnotes "1 See…" under a "_______________" rule, and each
 * page's running header and footer (symbol, title, job number, "2/12").
 */
export type LayoutStyle = 'seed' | 'pymupdf';

/** A paragraph-like block the renderer lays out: its label, words, marks and first-line indent. */
export interface RenderBlock {
  kind: 'front' | 'formula' | 'para' | 'heading' | 'closing' | 'annex';
  label: string | null;
  text: string;
  marks: FootnoteMark[];
  indent: boolean;
  /** The block opens a new page (an annex does). */
  newPage?: boolean;
}

/** Printed lines on a page, footnote blocks and the first page's masthead included. */
const PAGE_LINES = 40;
const MASTHEAD_LINES = 12;

/**
 * Renders the text a PDF extractor would give for a resolution (imported from the UN's Akoma
 * Ntoso) as the UN prints it in its language: masthead, adoption line, recommendation, number
 * and title, formula, preamble, operative part with the language's printed labels, footnote
 * marks where they stand, the closing lines and the annexes; wrapped at a realistic measure,
 * cut into pages of about 40 lines, each page's footnotes at its foot. Deterministic.
 */
export function renderExtraction(imported: Imported, style: LayoutStyle): string {
  const { resolution: r, print } = imported;
  const printed = PRINTED[r.lang];
  const cjk = r.lang === 'zh';
  const blocks = blocksOf(imported, printed);
  const notes = new Map(r.footnotes.map((f) => [f.n, f.text]));
  const noteLines = (n: number): Line[] =>
    wrapText(notes.get(n) ?? '', [], printed.footnoteMeasure, { cjk, label: style === 'pymupdf' ? printed.mark(n) : null, indent: style === 'seed' ? 1 : 0 });
  const pages = paginate(blocks, printed, cjk, noteLines);
  const job = print.jobNumber ?? `${r.number.slice(2, 4)}-1${r.number.replace(/\D/g, '').slice(-4).padStart(4, '0')} (${printed.jobLetter})`;
  const context: RenderContext = {
    style,
    printed,
    cjk,
    symbol: r.symbol,
    title: r.title,
    job,
    session: print.session,
    agendaLine: r.agendaItem === null ? null : printed.agendaLine(r.agendaItem),
    agendaTitle: print.agendaTitle,
    noteLines,
  };
  return formatPages(pages, context);
}

/** The resolution as the blocks the UN prints, in reading order. */
function blocksOf({ resolution: r, print }: Imported, printed: PrintedLanguage): RenderBlock[] {
  const plain = (kind: RenderBlock['kind'], text: string | null, indent = false): RenderBlock[] => (text ? [{ kind, label: null, text, marks: [], indent }] : []);
  const para = (p: Para): RenderBlock[] => [
    { kind: 'para', label: print.labels[p.id] ?? (p.num === null ? null : `${p.num}.`), text: p.text, marks: print.marks[p.id] ?? [], indent: true },
    ...p.items.flatMap(para),
  ];
  const block = (b: Block): RenderBlock[] => (b.kind === 'para' ? para(b) : [{ kind: 'heading', label: null, text: b.text, marks: print.marks[b.id] ?? [], indent: false }]);
  return [
    ...plain('front', print.adoptionLine),
    ...plain('front', print.recommendation),
    ...plain('front', printed.titleLine(r.number, r.title)),
    ...plain('formula', print.formula, true),
    ...r.preamble.flatMap(para),
    ...r.body.flatMap(block),
    ...print.closing.flatMap((line) => plain('closing', line)),
    ...r.annexes.flatMap((annex, i) => [
      { kind: 'annex' as const, label: null, text: printed.annexLine(i + 1, r.annexes.length), marks: [], indent: false, newPage: true },
      ...plain('heading', annex.title === printed.annexLine(i + 1, r.annexes.length) ? null : annex.title),
      ...annex.body.flatMap(block),
    ]),
  ];
}

/**
 * Cuts the blocks' lines into pages: a page takes lines while they and the footnotes their
 * marks call for fit; a footnote stands at the foot of the page where its first mark is.
 */
function paginate(blocks: RenderBlock[], printed: PrintedLanguage, cjk: boolean, noteLines: (n: number) => Line[]): Page[] {
  const pages: Page[] = [{ lines: [], notes: [] }];
  let used = MASTHEAD_LINES;
  const placed = new Set<number>();
  for (const block of blocks) {
    const lines = wrapText(block.text, block.marks, printed.measure, { cjk, label: block.label, indent: block.indent ? 1 : 0 });
    if (block.newPage && (pages.at(-1) as Page).lines.length > 0) {
      pages.push({ lines: [], notes: [] });
      used = 0;
    }
    // The UN keeps a heading with what follows it: it never stands last on a page.
    const keep = block.kind === 'heading' || block.kind === 'annex' ? 2 : 0;
    for (const line of lines) {
      const fresh = [...new Set(line.marks.map((m) => m.n))].filter((n) => !placed.has(n));
      const page = pages.at(-1) as Page;
      const cost = 1 + (fresh.length > 0 && page.notes.length === 0 ? 1 : 0) + fresh.reduce((sum, n) => sum + noteLines(n).length, 0);
      if (used + cost + (line.first ? keep + lines.length - 1 : 0) > PAGE_LINES && page.lines.length > 0) {
        pages.push({ lines: [], notes: [] });
        used = 0;
      }
      const current = pages.at(-1) as Page;
      current.lines.push({ ...line, block } satisfies PlacedLine);
      current.notes.push(...fresh);
      fresh.forEach((n) => placed.add(n));
      used += 1 + (fresh.length > 0 && current.notes.length === fresh.length ? 1 : 0) + fresh.reduce((sum, n) => sum + noteLines(n).length, 0);
    }
  }
  return pages;
}
