import { describe, expect, it } from 'vitest';
import { buildBlocks, type PdfBlock } from '../../../src/pipeline/pdf/build-blocks.ts';
import type { MarkedLine } from '../../../src/pipeline/pdf/find-marks.ts';
import { markPlaceholder } from '../../../src/pipeline/text/footnote-mark.ts';
import { line, marked, showMarks, textLine, UN_LAYOUT } from './synthetic.ts';

/** Blocks of `lines`, each as its text. */
function texts(lines: MarkedLine[], standalone?: (text: string) => boolean): string[] {
  return buildBlocks(lines, UN_LAYOUT, { standalone }).map((b) => showMarks(b.text));
}

// A full line ends at the right edge of the column (488); a short one well before it.
const full = (n: number, page: number, y: number, text: string, x = 123) => marked(textLine(n, page, y, x, text, { width: 488 - x }));
const short = (n: number, page: number, y: number, text: string, x = 123) => marked(textLine(n, page, y, x, text, { width: 150 }));

describe('buildBlocks', () => {
  it('joins lines one leading apart, and starts a block after a paragraph gap', () => {
    const lines = [full(1, 1, 100, 'Reaffirming the obligation of Member States under Article 17 of the', 147), full(2, 1, 112, 'Charter to bear the expenses of the Organization as apportioned by the'), short(3, 1, 124, 'General Assembly,'), short(4, 1, 142, 'Noting the report,', 147)];
    expect(texts(lines)).toEqual(['Reaffirming the obligation of Member States under Article 17 of the Charter to bear the expenses of the Organization as apportioned by the General Assembly,', 'Noting the report,']);
  });

  it('starts a block at a first-line indent even without a gap', () => {
    const lines = [full(1, 1, 100, 'Recalling its resolution', 147), short(2, 1, 112, 'of 1 November 2023,'), short(3, 1, 124, 'Noting the report,', 147)];
    expect(texts(lines)).toEqual(['Recalling its resolution of 1 November 2023,', 'Noting the report,']);
  });

  it('reads a label in the first-line indent and the wrapped lines under the margin as one paragraph', () => {
    const first = marked(
      line(1, 1, 100, [
        { text: '1.', x: 147, width: 7.8 },
        { text: 'Reaffirms its role in accordance with the provisions of Article 19', x: 170.9, width: 317 },
      ]),
    );
    first.text = '1. Reaffirms its role in accordance with the provisions of Article 19';
    expect(texts([first, short(2, 1, 112, 'of the Charter;')])).toEqual(['1. Reaffirms its role in accordance with the provisions of Article 19 of the Charter;']);
  });

  it("reads a title whose number hangs left of the text as one block, wrapped under the title's text", () => {
    const first = marked(
      line(1, 1, 372.5, [
        { text: '79/10.', x: 78.5, width: 33 },
        { text: 'Cooperation between the United Nations and the Collective', x: 123.1, width: 330 },
      ], { size: 12, bold: true }),
    );
    first.text = '79/10. Cooperation between the United Nations and the Collective';
    const second = marked(textLine(2, 1, 386, 123.1, 'Security Treaty Organization', { size: 12, bold: true }));
    expect(texts([first, second])).toEqual(['79/10. Cooperation between the United Nations and the Collective Security Treaty Organization']);
  });

  it('starts a block at a label in a column of its own, also without a gap', () => {
    const label = marked(
      line(2, 1, 112, [
        { text: '(b)', x: 147, width: 12 },
        { text: 'Fully implement the commitments', x: 171, width: 140 },
      ]),
    );
    label.text = '(b) Fully implement the commitments';
    expect(texts([short(1, 1, 100, '(a) Scale up our efforts;', 147), label])).toEqual(['(a) Scale up our efforts;', '(b) Fully implement the commitments']);
  });

  it('keeps a justified line whose first word stands far from the next as a wrapped line', () => {
    const wide = marked(
      line(2, 1, 112, [
        { text: 'ours.', x: 123, width: 20 },
        { text: 'The', x: 153, width: 15 },
      ]),
    );
    wide.text = 'ours. The';
    expect(texts([full(1, 1, 100, 'The choice is', 147), wide])).toEqual(['The choice is ours. The']);
  });

  it('sets lines set right (the closing meeting and date) apart from the text and from each other', () => {
    const lines = [short(1, 1, 100, 'in the General Assembly until the end of its session.'), short(2, 1, 124, '19th plenary meeting', 397.3), short(3, 1, 136, '9 October 2024', 421.3)];
    expect(texts(lines)).toEqual(['in the General Assembly until the end of its session.', '19th plenary meeting', '9 October 2024']);
  });

  it('sets a bold heading apart from the text at line spacing, and keeps its own lines together', () => {
    const heading = (n: number, y: number, text: string) => marked(textLine(n, 1, y, 123, text, { bold: true, width: 300 }));
    const lines = [heading(1, 100, 'Action 1. We will take bold, ambitious, accelerated, just and'), heading(2, 112, 'transformative actions.'), full(3, 1, 124, '20. We reaffirm that the Sustainable Development Goals are')];
    expect(texts(lines)).toEqual(['Action 1. We will take bold, ambitious, accelerated, just and transformative actions.', '20. We reaffirm that the Sustainable Development Goals are']);
  });

  it('starts a block where the type changes size (a title, then the formula)', () => {
    const lines = [marked(textLine(1, 1, 100, 123, 'Report of the Court', { size: 12, bold: true })), marked(textLine(2, 1, 112, 123, 'The General Assembly,', { italic: true }))];
    expect(texts(lines)).toEqual(['Report of the Court', 'The General Assembly,']);
  });

  describe('across a page break', () => {
    it('runs a paragraph on when the last line of the page is full', () => {
      expect(texts([full(1, 1, 716, 'the full minimum amount necessary to avoid the application of'), short(2, 2, 82.3, 'Article 19 of the Charter;')])).toEqual(['the full minimum amount necessary to avoid the application of Article 19 of the Charter;']);
    });

    it('ends a paragraph whose last line falls short of the column', () => {
      expect(texts([short(1, 1, 716, 'to the United Nations;'), full(2, 2, 82.3, 'We reaffirm that the 2030 Agenda is our overarching framework')])).toEqual(['to the United Nations;', 'We reaffirm that the 2030 Agenda is our overarching framework']);
    });

    it('starts a block where the next page opens with an indent', () => {
      expect(texts([full(1, 1, 716, 'the full minimum amount necessary to avoid the application of'), full(2, 2, 82.3, 'Recognizing the importance of the work of the Agency,', 147)])).toHaveLength(2);
    });
  });

  it('sets apart a line the language always prints alone, where it is set in body type', () => {
    const annex = marked(textLine(1, 1, 100, 123, 'Annex', { bold: true }));
    const title = marked(textLine(2, 1, 112, 123, 'Political declaration of the high-level meeting', { bold: true }));
    const alone = (text: string) => /^Annex$|^\d{1,2} [A-Z][a-z]+ \d{4}$/.test(text);
    expect(texts([annex, title], alone)).toEqual(['Annex', 'Political declaration of the high-level meeting']);
    const adoption = marked(textLine(3, 1, 200, 123, 'Resolution adopted by the General Assembly on', { size: 14, bold: true }));
    const date = marked(textLine(4, 1, 215, 123, '24 October 2024', { size: 14, bold: true }));
    expect(texts([adoption, date], alone)).toEqual(['Resolution adopted by the General Assembly on 24 October 2024']);
  });

  it('keeps line numbers, marks and page starts, and tells the type of each block', () => {
    const withMark: MarkedLine = { ...short(7, 1, 716, 'on its eighty-fourth session,'), text: `on its eighty-fourth session,${markPlaceholder(1)}` };
    const blocks: PdfBlock[] = buildBlocks([withMark, full(9, 2, 82.3, 'Reaffirming the obligation of Member States', 147)], UN_LAYOUT);
    expect(blocks.map((b) => ({ lines: b.lines, size: b.size, bold: b.bold, page: b.page }))).toEqual([
      { lines: [{ n: 7, text: `on its eighty-fourth session,${markPlaceholder(1)}` }], size: 10, bold: false, page: 1 },
      { lines: [{ n: 9, text: 'Reaffirming the obligation of Member States', pageStart: true }], size: 10, bold: false, page: 2 },
    ]);
  });
});
