import { describe, expect, it } from 'vitest';
import { importSource } from '../../../src/pipeline/import-source.ts';
import { importPdf } from '../../../src/pipeline/pdf/import-pdf.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';
import { makePdf, type PlacedText } from '../../fixtures/pdf/make-pdf.ts';

// A two-page resolution set as the UN sets its English PDFs, in Helvetica.
const FIRST_PAGE: PlacedText[] = [
  { text: 'United Nations', x: 123, y: 56.5, size: 14 },
  { text: 'A/RES/99/1', x: 480, y: 56.5 },
  { text: 'General Assembly', x: 123, y: 86.4, size: 20, font: 'bold' },
  { text: 'Distr.: General', x: 397, y: 86.4 },
  { text: '3 January 2030', x: 397, y: 98.4 },
  { text: 'Ninety-ninth session', x: 60, y: 222.3, font: 'bold' },
  { text: 'Agenda item 12 (a)', x: 60, y: 234.3 },
  { text: 'Testing of importers', x: 60, y: 246.3, font: 'bold' },
  { text: 'Resolution adopted by the General Assembly', x: 123, y: 278.7, size: 14, font: 'bold' },
  { text: 'on 2 January 2030', x: 123, y: 293.7, size: 14, font: 'bold' },
  { text: '[without reference to a Main Committee (A/99/L.1)]', x: 123, y: 318.3 },
  { text: '99/1.', x: 85, y: 343.5, size: 12, font: 'bold' },
  { text: 'Testing of importers of', x: 123.4, y: 343.5, size: 12, font: 'bold' },
  { text: 'documents in PDF', x: 123.4, y: 357, size: 12, font: 'bold' },
  { text: 'The General Assembly,', x: 147, y: 381.5, font: 'italic' },
  { text: 'Recalling its resolution 98/1 of 1 January 2029,', x: 147, y: 399.5 },
  { text: '1', x: 355.3, y: 396, size: 6.5 },
  { text: 'Noting with appreciation the report of the Secretary-General on the', x: 147, y: 417.5 },
  { text: 'testing of importers,', x: 123, y: 429.5 },
  { text: '1.', x: 147, y: 447.5 },
  { text: 'Decides to test the importers of documents in PDF, and to', x: 171, y: 447.5 },
  { text: 'compare them with the text importer;', x: 123, y: 459.5 },
  { text: '2.', x: 147, y: 477.5 },
  { text: 'Requests the Secretary-General to report on the testing of the', x: 171, y: 477.5 },
  // Full lines, to the right edge of the column: the paragraph runs on into the next page.
  { text: 'importers of documents of the United Nations, including the documents that are set', x: 123, y: 489.5 },
  { text: 'in all the six official languages of the United Nations, at its hundredth session and', x: 123, y: 501.5 },
  { text: '__________________', x: 99.6, y: 697.4, size: 8 },
  { text: '1', x: 116.8, y: 708.5, size: 5.5 },
  { text: 'Resolution 98/1.', x: 123.4, y: 711.5, size: 8.5 },
  { text: '30-00001 (E)', x: 65, y: 747.6 },
  { text: '*3000001*', x: 65, y: 762.2, size: 12 },
];
const SECOND_PAGE: PlacedText[] = [
  { text: 'A/RES/99/1', x: 60, y: 59, size: 8.5, font: 'bold' },
  { text: 'Testing of importers of documents in PDF', x: 380, y: 59, size: 8.5, font: 'bold' },
  { text: 'under the item entitled "Testing":', x: 123, y: 82.3 },
  { text: '(a)', x: 147, y: 100.3 },
  { text: 'On the first part;', x: 171, y: 100.3 },
  { text: '(b)', x: 147, y: 118.3 },
  { text: 'On the second part.', x: 171, y: 118.3 },
  { text: '99th plenary meeting', x: 397, y: 142.3, font: 'italic' },
  { text: '2 January 2030', x: 421, y: 154.3, font: 'italic' },
  { text: '2/2', x: 60, y: 753.8, size: 8.5, font: 'bold' },
  { text: '30-00001', x: 524, y: 753.8, size: 7 },
];
const FILE = 'tests/A-RES-99-1.en.pdf';

describe('importPdf', () => {
  it('reads a resolution from its PDF: metadata, preamble, paragraphs, items, footnotes, marks', async () => {
    const { resolution, print } = await importSource(makePdf([FIRST_PAGE, SECOND_PAGE]), FILE);
    expect(resolution).toMatchObject({
      symbol: 'A/RES/99/1',
      organ: 'GA',
      number: '99/1',
      lang: 'en',
      title: 'Testing of importers of documents in PDF',
      adopted: '2030-01-02',
      meeting: 99,
      agendaItem: '12 (a)',
      annexes: [],
      footnotes: [{ id: 'fn-1', n: 1, text: 'Resolution 98/1.' }],
      warnings: [],
    });
    expect(resolution.preamble).toEqual([
      { kind: 'para', id: 'preamble-1', num: null, text: 'Recalling its resolution 98/1 of 1 January 2029,', notes: [1], items: [] },
      { kind: 'para', id: 'preamble-2', num: null, text: 'Noting with appreciation the report of the Secretary-General on the testing of importers,', notes: [], items: [] },
    ]);
    expect(resolution.body).toEqual([
      { kind: 'para', id: 'para-1', num: '1', text: 'Decides to test the importers of documents in PDF, and to compare them with the text importer;', notes: [], items: [] },
      {
        kind: 'para',
        id: 'para-2',
        num: '2',
        text: 'Requests the Secretary-General to report on the testing of the importers of documents of the United Nations, including the documents that are set in all the six official languages of the United Nations, at its hundredth session and under the item entitled "Testing":',
        notes: [],
        items: [
          { kind: 'para', id: 'para-2-a', num: 'a', text: 'On the first part;', notes: [], items: [] },
          { kind: 'para', id: 'para-2-b', num: 'b', text: 'On the second part.', notes: [], items: [] },
        ],
      },
    ]);
    expect(print).toMatchObject({
      session: 'Ninety-ninth session',
      adoptionLine: 'Resolution adopted by the General Assembly on 2 January 2030',
      recommendation: '[without reference to a Main Committee (A/99/L.1)]',
      formula: 'The General Assembly,',
      closing: ['99th plenary meeting', '2 January 2030'],
      jobNumber: '30-00001 (E)',
      marks: { 'preamble-1': [{ n: 1, at: 48 }] },
    });
  });

  it('warns, naming the line, when the symbol at the top does not match the printed number', async () => {
    const other = FIRST_PAGE.map((run) => (run.text === 'A/RES/99/1' ? { ...run, text: 'A/RES/99/2' } : run));
    const { resolution } = await importPdf(makePdf([other, SECOND_PAGE]), FILE);
    expect(resolution.number).toBe('99/1');
    expect(resolution.warnings).toEqual(['the symbol A/RES/99/2 at the top of the first page does not match the title\'s number 99/1']);
  });

  it('takes the number from the symbol when the title is printed without it', async () => {
    const bare = FIRST_PAGE.filter((run) => run.text !== '99/1.');
    const { resolution } = await importPdf(makePdf([bare, SECOND_PAGE]), FILE);
    expect(resolution).toMatchObject({ symbol: 'A/RES/99/1', title: 'Testing of importers of documents in PDF' });
  });

  it('refuses a PDF that holds no resolution, naming the file', async () => {
    const letter = makePdf([[{ text: 'Dear Sir or Madam,', x: 100, y: 100 }, { text: 'Thank you for your letter.', x: 100, y: 118 }]]);
    await expect(importSource(letter, 'letter.en.pdf')).rejects.toThrow(SourceError);
    await expect(importSource(letter, 'letter.en.pdf')).rejects.toThrow(/^letter\.en\.pdf: no resolution number and title/);
  });
});
