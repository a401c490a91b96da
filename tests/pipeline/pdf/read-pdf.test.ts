import { describe, expect, it } from 'vitest';
import { readPdf } from '../../../src/pipeline/pdf/read-pdf.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';
import { makePdf } from '../../fixtures/pdf/make-pdf.ts';

/** The SourceError that reading `bytes` as `file` rejects with. */
async function refusal(bytes: Uint8Array, file = 'content/bad.en.pdf'): Promise<SourceError> {
  try {
    await readPdf(bytes, file);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('readPdf accepted the bytes');
}

describe('readPdf', () => {
  it('reads each run with its position from the top of the page, its size and its weight', async () => {
    const bytes = makePdf([
      [
        { text: 'The General Assembly,', x: 147, y: 397.4, font: 'italic' },
        { text: '79/3.', x: 85, y: 435.4, size: 12, font: 'bold' },
        { text: 'Scale of assessments', x: 123.4, y: 435.4, size: 12, font: 'bold' },
      ],
      [{ text: 'Decides (a)', x: 147, y: 82.3 }],
    ]);
    const pages = await readPdf(bytes, 'a.en.pdf');
    expect(pages.map((p) => ({ n: p.n, width: p.width, height: p.height }))).toEqual([
      { n: 1, width: 612, height: 792 },
      { n: 2, width: 612, height: 792 },
    ]);
    expect(pages[0]?.items.map(({ text, x, y, size, bold, italic }) => ({ text, x, y, size, bold, italic }))).toEqual([
      { text: 'The General Assembly,', x: 147, y: expect.closeTo(397.4, 3), size: 10, bold: false, italic: true },
      { text: '79/3.', x: 85, y: expect.closeTo(435.4, 3), size: 12, bold: true, italic: false },
      { text: 'Scale of assessments', x: 123.4, y: expect.closeTo(435.4, 3), size: 12, bold: true, italic: false },
    ]);
    expect(pages[1]?.items[0]?.text).toBe('Decides (a)');
  });

  it('measures the width of runs from the font (the bundled standard fonts)', async () => {
    const [page] = await readPdf(makePdf([[{ text: 'Hello', x: 100, y: 100, size: 10 }]]), 'a.pdf');
    // Helvetica: H 722, e 556, l 222, l 222, o 556 thousandths of the size.
    expect(page?.items[0]?.width).toBeCloseTo(22.78, 2);
  });

  it("leaves the caller's bytes usable", async () => {
    const bytes = makePdf([[{ text: 'Text', x: 100, y: 100 }]]);
    await readPdf(bytes, 'a.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('refuses bytes that are no PDF, naming the file and the reason, without a stack trace', async () => {
    const error = await refusal(new TextEncoder().encode('%PDF-1.4\nthis is not really a PDF\n'));
    expect(error.message).toMatch(/^content\/bad\.en\.pdf: (?:not a readable PDF|the PDF cannot be opened): \S/);
    expect(error.message).not.toMatch(/\n\s+at /);
    expect(error.file).toBe('content/bad.en.pdf');
  });

  it('refuses a PDF without a text layer', async () => {
    const error = await refusal(makePdf([[], []]), 'scan.en.pdf');
    expect(error.message).toBe('scan.en.pdf: the PDF has no text layer (a scanned image?); give the text extracted from it instead');
  });

  it('refuses a truncated PDF', async () => {
    const whole = makePdf([[{ text: 'Text', x: 100, y: 100 }]]);
    const error = await refusal(whole.subarray(0, 60));
    expect(error.message).toMatch(/^content\/bad\.en\.pdf: /);
  });
});
