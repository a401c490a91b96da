import type { Layout } from '../../../src/pipeline/pdf/classify-regions.ts';
import type { MarkedLine } from '../../../src/pipeline/pdf/find-marks.ts';
import type { LineItem, PdfLine } from '../../../src/pipeline/pdf/group-lines.ts';
import type { PdfItem, PdfPage } from '../../../src/pipeline/pdf/read-pdf.ts';

/** Options of a synthetic run: size (10 by default), weight, slant, and a width other than the estimate. */
export interface RunOptions {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  width?: number;
  raised?: boolean;
}

/** A run of text as readPdf gives it; its width is estimated at half the size per character. */
export function item(text: string, x: number, y: number, options: RunOptions = {}): PdfItem {
  const size = options.size ?? 10;
  return { text, x, y, width: options.width ?? text.length * size * 0.5, size, bold: options.bold ?? false, italic: options.italic ?? false };
}

/** A letter-size page holding `items`. */
export function page(n: number, items: PdfItem[]): PdfPage {
  return { n, width: 612, height: 792, items };
}

/** One run of a synthetic line: its text and where it starts; raised for a superscript. */
export interface Segment extends RunOptions {
  text: string;
  x: number;
}

/** A line as groupLines gives it, built from segments on baseline `y`. */
export function line(n: number, pageNumber: number, y: number, segments: Segment[], options: RunOptions = {}): PdfLine {
  const items: LineItem[] = segments.map((s) => ({ ...item(s.text, s.x, s.raised ? y - 3.5 : y, { ...options, ...s }), raised: s.raised ?? false }));
  const own = items.filter((i) => !i.raised);
  return {
    n,
    page: pageNumber,
    y,
    x: items[0]?.x ?? 0,
    right: Math.max(...items.map((i) => i.x + i.width)),
    size: options.size ?? own[0]?.size ?? 10,
    bold: own.every((i) => i.bold),
    items,
  };
}

/** A line of plain text starting at `x`. */
export function textLine(n: number, pageNumber: number, y: number, x: number, text: string, options: RunOptions = {}): PdfLine {
  return line(n, pageNumber, y, [{ text, x }], options);
}

/** A line as markLine gives it when it holds no marks. */
export function marked(pdfLine: PdfLine): MarkedLine {
  return { line: pdfLine, text: pdfLine.items.map((i) => i.text).join(' '), opens: null, warnings: [] };
}

/** The layout of a UN resolution in English: 10-point text from 123 to 488 points. */
export const UN_LAYOUT: Layout = { bodySize: 10, left: 123, right: 488 };

/** A text with footnote placeholders written as "[^n]", for readable expectations. */
export function showMarks(text: string): string {
  return text.replace(/\uFDD0(\d+)\uFDD1/g, '[^$1]');
}
