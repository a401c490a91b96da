import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { SourceError } from '../source-error.ts';

/** One run of text as the PDF places it: a word or a stretch of words in one font. */
export interface PdfItem {
  /** The text, as pdf.js decodes it. */
  text: string;
  /** Left edge of the run, in points from the left of the page. */
  x: number;
  /** Baseline of the run, in points from the top of the page (y grows downwards, as one reads). */
  y: number;
  /** Advance width of the run, in points. */
  width: number;
  /** Font size, in points. */
  size: number;
  bold: boolean;
  italic: boolean;
}

/** One page of the PDF's text layer. */
export interface PdfPage {
  /** 1-based page number. */
  n: number;
  width: number;
  height: number;
  /** The runs of text with something visible in them, in the order the PDF draws them. */
  items: PdfItem[];
}

// Everything pdf.js needs at run time comes from its own package: fonts, character maps,
// colour profiles, decoders and the worker script. Nothing is fetched over a network.
const require = createRequire(import.meta.url);
const PDFJS_ROOT = dirname(require.resolve('pdfjs-dist/package.json'));
const asset = (folder: string) => `${join(PDFJS_ROOT, folder)}/`;
GlobalWorkerOptions.workerSrc = pathToFileURL(join(PDFJS_ROOT, 'legacy/build/pdf.worker.mjs')).href;

const BOLD = /bold|black|heavy|semibold|demi/i;
const ITALIC = /italic|oblique/i;

/**
 * Reads the text layer of a PDF: the runs of text on each page, with their position, size
 * and weight. A file that is no PDF, is locked by a password or carries no text at all (a
 * scan) gives a SourceError that names it and says why.
 */
export async function readPdf(bytes: Uint8Array, file: string): Promise<PdfPage[]> {
  // pdf.js takes ownership of the buffer it is given; it gets a copy, so the caller's stays usable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: asset('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: asset('standard_fonts'),
    iccUrl: asset('iccs'),
    wasmUrl: asset('wasm'),
    // Font names (TimesNewRomanPS-BoldMT) tell bold headings and italic lead verbs apart.
    fontExtraProperties: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new SourceError(file, null, openFailure(error));
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) pages.push(await readPage(await doc.getPage(n)));
    if (pages.every((page) => page.items.length === 0)) {
      throw new SourceError(file, null, 'the PDF has no text layer (a scanned image?); give the text extracted from it instead');
    }
    return pages;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(file, null, `the PDF cannot be read: ${reasonOf(error)}`);
  } finally {
    await task.destroy();
  }
}

async function readPage(page: PDFPageProxy): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs = content.items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
  // Font names reach this side only with a page's drawing operators; fonts are shared by
  // pages, so only a page with a font not seen before needs its operators read.
  // A page whose drawing cannot be read still has its text; it is only read without weights.
  if (runs.some((run) => !page.commonObjs.has(run.fontName))) await page.getOperatorList().catch(() => undefined);
  const items: PdfItem[] = [];
  for (const run of runs) {
    const [a, b, c, d, e, f] = run.transform as [number, number, number, number, number, number];
    // Text set sideways or upside down (a stamp in the margin) is not part of the reading text.
    if (Math.abs(b) > Math.abs(a) * 0.01 || a <= 0) continue;
    const [x, y] = viewport.convertToViewportPoint(e, f) as [number, number];
    const name = fontName(page, run.fontName);
    items.push({ text: run.str, x, y, width: run.width, size: Math.hypot(c, d), bold: BOLD.test(name), italic: ITALIC.test(name) });
  }
  return { n: page.pageNumber, width: viewport.width, height: viewport.height, items };
}

function fontName(page: PDFPageProxy, id: string): string {
  if (!page.commonObjs.has(id)) return '';
  const font: unknown = page.commonObjs.get(id);
  return typeof font === 'object' && font !== null && 'name' in font && typeof font.name === 'string' ? font.name : '';
}

function openFailure(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'PasswordException') return 'the PDF is protected by a password';
  if (name === 'InvalidPDFException') return `not a readable PDF: ${reasonOf(error)}`;
  return `the PDF cannot be opened: ${reasonOf(error)}`;
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, ' ').trim().replace(/\.$/, '') || 'unknown error';
}
