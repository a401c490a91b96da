import fc from 'fast-check';
import { joinTexts } from '../../../src/pipeline/text/join-text.ts';
import { CITATIONS, hostilePiece, lineStart } from './pieces.ts';

/** A generated source and what its model must say: the title and each paragraph's text, by anchor id. */
export interface HostileSource {
  /** File name, with the language in it ("….en.txt"), as the build names sources. */
  name: string;
  bytes: Uint8Array;
  number: string;
  title: string;
  /** Each paragraph's text as the reader of the source reads it, by the id the contract gives it. */
  texts: Record<string, string>;
  /** The recommendation line above the title, brackets included, where the source has one. */
  recommendation?: string;
}

/** The words of one line as the importer reads them: one space between, the ends trimmed (white space inside a piece stays). */
export const spaced = (words: string[]) => words.join(' ').trim();

/**
 * A wrapped paragraph's text as the README documents the reading: NFC first (U+2329 "〈" becomes
 * the CJK U+3008), then the lines joined with one space, none where CJK meets a line end (joinTexts).
 */
const joined = (lines: string[]) => lines.map((line) => line.normalize('NFC')).reduce(joinTexts);

/** The words a generated source is made of: any piece, and the pieces that may open a wrapped line. */
export interface Vocabulary {
  piece: fc.Arbitrary<string>;
  lineStart: fc.Arbitrary<string>;
}

/** Hostile words (./pieces.ts). */
export const HOSTILE: Vocabulary = { piece: hostilePiece, lineStart };
/** Ordinary words, for the plain page every hostile page is compared with. */
export const PLAIN: Vocabulary = { piece: fc.constantFrom('report', 'of', 'the', 'Secretary-General', 'cooperation', ...CITATIONS), lineStart: fc.constantFrom('the', 'and', 'of') };

/** A paragraph wrapped over three to five lines (so that blank lines part paragraphs, not lines: the text is not double-spaced), each opening with a piece that may open a line ("import", "{", "<div>", "#"…). */
const wrappedPara = (words: Vocabulary): fc.Arbitrary<string[][]> =>
  fc.array(
    fc.tuple(words.lineStart, fc.array(words.piece, { maxLength: 8 })).map(([first, rest]) => [first, ...rest]),
    { minLength: 3, maxLength: 5 },
  );

/** One line of 20,000 to 40,000 pieces (a few hundred kilobytes), opening as a wrapped line may. */
const hugeLine: fc.Arbitrary<string[]> = fc.tuple(lineStart, fc.array(hostilePiece, { minLength: 20_000, maxLength: 40_000 })).map(([first, rest]) => [first, ...rest]);

/**
 * An English resolution in the shape of a Word text wrapped and saved as plain text
 * (tests/fixtures/text/word-tabs-wrapped): adoption line, recommendation line, number and title, formula, preambular
 * paragraphs opening with a lead word and closing with a comma, numbered operative paragraphs
 * closing with a semicolon (some under a heading, some with lettered sub-paragraphs "(a)"), a
 * blank line between paragraphs, closing lines. Every title and
 * paragraph is made of hostile pieces, and hostile pieces open its wrapped lines. A `huge`
 * one has a paragraph with a line of some hundred kilobytes between two ordinary ones.
 */
export function textSource(n: number, size: 'ordinary' | 'huge' = 'ordinary', words: Vocabulary = HOSTILE): fc.Arbitrary<HostileSource> {
  const para = wrappedPara(words);
  const operative = fc.record({ wrapped: para, heading: fc.option(fc.array(words.piece, { minLength: 1, maxLength: 6 }), { nil: null }), items: fc.array(para, { maxLength: 3 }) });
  return fc
    .record({
      title: fc.array(words.piece, { minLength: 1, maxLength: 8 }),
      recommendation: fc.array(words.piece.filter((piece) => !/[\]\n\r]/.test(piece)), { minLength: 1, maxLength: 8 }),
      preamble: fc.array(para, { minLength: 2, maxLength: 4 }),
      body:
        size === 'huge'
          ? fc.tuple(para, hugeLine, para).map(([a, line, b]) => [a, [...a, line], b].map((wrapped) => ({ wrapped, heading: null, items: [] })))
          : fc.array(operative, { minLength: 3, maxLength: 6 }),
    })
    .map(({ title, recommendation, preamble, body }) => {
      const number = `2099/${n}`;
      const texts: Record<string, string> = {};
      const paragraph = (lead: string, wrapped: string[][], end: string) => {
        const lines = wrapped.map((words, i) => spaced([...(i === 0 ? [lead] : []), ...words, ...(i === wrapped.length - 1 ? [end] : [])]));
        return { lines, text: joined(lines) };
      };
      const recommended = `[on the recommendation of the Commission ${spaced(recommendation)}]`;
      const blocks: string[][] = [['Resolution adopted by the Economic and Social Council on 22 July 2099'], [recommended], [`${number}.\tAssessment ${spaced(title)}`], ['The Economic and Social Council,']];
      preamble.forEach((wrapped, i) => {
        const { lines, text } = paragraph('Recalling', wrapped, ',');
        texts[`preamble-${i + 1}`] = text;
        blocks.push(lines);
      });
      let headings = 0;
      body.forEach(({ wrapped, heading, items }, i) => {
        if (heading) {
          // A heading stands alone between blank lines, opens with a capital and closes no clause.
          const line = spaced(['Part', ...heading, 'matters']);
          texts[`section-${++headings}`] = line.normalize('NFC');
          blocks.push([line]);
        }
        const { lines, text } = paragraph('Decides', wrapped, items.length > 0 ? ':' : ';');
        texts[`para-${i + 1}`] = text;
        blocks.push([`${i + 1}.\t${lines[0]}`, ...lines.slice(1)]);
        items.forEach((item, j) => {
          const letter = 'abc'[j] as string;
          const sub = paragraph('To', item, ';');
          texts[`para-${i + 1}-${letter}`] = sub.text;
          blocks.push([`(${letter})\t${sub.lines[0]}`, ...sub.lines.slice(1)]);
        });
      });
      blocks.push(['54th plenary meeting', '22 July 2099']);
      const text = `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
      return { name: `E-RES-2099-${n}.en.txt`, bytes: new TextEncoder().encode(text), number, title: spaced(['Assessment', spaced(title)]), texts, recommendation: recommended.normalize('NFC') };
    });
}
