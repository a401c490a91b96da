import fc from 'fast-check';
import { makePdf, type PlacedText } from '../../fixtures/pdf/make-pdf.ts';
import { hostilePiece } from './pieces.ts';
import type { HostileSource } from './text-source.ts';

/** A piece the test PDFs can set: printable ASCII (make-pdf.ts writes its text in the standard Helvetica). */
const asciiPiece = hostilePiece.filter((piece) => /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/.test(piece));
/** Up to `max` pieces that fit in `width` characters: one line of the column. */
const lineOf = (piece: fc.Arbitrary<string>, max: number, width: number) => fc.array(piece, { minLength: 1, maxLength: max }).filter((pieces) => pieces.join(' ').length <= width);

/**
 * An English resolution set as the UN sets its PDFs (tests/pipeline/pdf/import-pdf.test.ts):
 * masthead, session and agenda item, adoption line, number and title in bold, formula in italics, preambular paragraphs and
 * numbered paragraphs of one line each, closing lines in italics. Every title and paragraph is
 * made of hostile ASCII pieces (or of those given).
 */
export function pdfSource(n: number, piece: fc.Arbitrary<string> = asciiPiece): fc.Arbitrary<HostileSource> {
  const lineWords = lineOf(piece, 8, 50);
  return fc
    .record({ title: lineOf(piece, 5, 40), preamble: fc.array(lineWords, { minLength: 1, maxLength: 4 }), body: fc.array(lineWords, { minLength: 1, maxLength: 6 }) })
    .map(({ title, preamble, body }) => {
      const texts: Record<string, string> = {};
      const runs: PlacedText[] = [
        { text: 'United Nations', x: 123, y: 56.5, size: 14 },
        { text: `E/RES/2099/${n}`, x: 480, y: 56.5 },
        { text: 'Economic and Social Council', x: 123, y: 86.4, size: 20, font: 'bold' },
        { text: 'Distr.: General', x: 397, y: 86.4 },
        { text: '3 August 2099', x: 397, y: 98.4 },
        { text: '2099 session', x: 60, y: 222.3, font: 'bold' },
        { text: 'Agenda item 12 (a)', x: 60, y: 234.3 },
        { text: 'Resolution adopted by the Economic and Social Council', x: 123, y: 278.7, size: 14, font: 'bold' },
        { text: 'on 22 July 2099', x: 123, y: 293.7, size: 14, font: 'bold' },
        { text: `2099/${n}.`, x: 75, y: 343.5, size: 12, font: 'bold' },
        { text: `Assessment ${title.join(' ')}`, x: 123.4, y: 343.5, size: 12, font: 'bold' },
        { text: 'The Economic and Social Council,', x: 147, y: 367.5, font: 'italic' },
      ];
      let y = 385.5;
      preamble.forEach((words, i) => {
        texts[`preamble-${i + 1}`] = ['Recalling', ...words, ','].join(' ');
        runs.push({ text: texts[`preamble-${i + 1}`] as string, x: 147, y });
        y += 18;
      });
      body.forEach((words, i) => {
        texts[`para-${i + 1}`] = ['Decides', ...words, ';'].join(' ');
        runs.push({ text: `${i + 1}.`, x: 147, y }, { text: texts[`para-${i + 1}`] as string, x: 171, y });
        y += 18;
      });
      runs.push({ text: '54th plenary meeting', x: 397, y: y + 6, font: 'italic' }, { text: '22 July 2099', x: 421, y: y + 18, font: 'italic' });
      runs.push({ text: '99-00001 (E)', x: 65, y: 747.6 }, { text: '*9900001*', x: 65, y: 762.2, size: 12 });
      return { name: `E-RES-2099-${n}.en.pdf`, bytes: makePdf([runs]), number: `2099/${n}`, title: ['Assessment', ...title].join(' '), texts };
    });
}
