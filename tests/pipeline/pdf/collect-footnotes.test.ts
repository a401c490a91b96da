import { describe, expect, it } from 'vitest';
import { collectFootnotes } from '../../../src/pipeline/pdf/collect-footnotes.ts';
import { line } from './synthetic.ts';

const SMALL = { size: 8.5 };

/** A footnote-area line opening footnote `n`. */
function opening(lineNumber: number, page: number, y: number, n: number, text: string) {
  return line(lineNumber, page, y, [
    { text: String(n), x: 116.8, size: 5.5, raised: true, width: 3 },
    { text, x: 123.4, width: text.length * 4 },
  ], SMALL);
}

/** A footnote-area line continuing the footnote before it. */
function continuing(lineNumber: number, page: number, y: number, text: string) {
  return line(lineNumber, page, y, [{ text, x: 123.4 }], SMALL);
}

describe('collectFootnotes', () => {
  it('reads each footnote from the line its number opens, wrapped lines joined', () => {
    const { footnotes, warnings } = collectFootnotes([
      opening(40, 1, 711, 1, 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 11 and'),
      continuing(41, 1, 721.5, 'addendum (A/79/11 and A/79/11/Add.1).'),
      opening(42, 1, 732, 2, 'Resolution 70/1.'),
    ]);
    expect(footnotes).toEqual([
      { n: 1, text: 'Official Records of the General Assembly, Seventy-ninth Session, Supplement No. 11 and addendum (A/79/11 and A/79/11/Add.1).', line: 40 },
      { n: 2, text: 'Resolution 70/1.', line: 42 },
    ]);
    expect(warnings).toEqual([]);
  });

  it("continues a footnote in the next page's footnote area", () => {
    const { footnotes } = collectFootnotes([opening(40, 1, 732, 5, 'Report of the Fourth World Conference on Women, Beijing,'), continuing(80, 2, 711, '4-15 September 1995, chap. I.')]);
    expect(footnotes).toEqual([{ n: 5, text: 'Report of the Fourth World Conference on Women, Beijing, 4-15 September 1995, chap. I.', line: 40 }]);
  });

  it('warns of a footnote out of sequence, and keeps it', () => {
    const { footnotes, warnings } = collectFootnotes([opening(10, 1, 711, 1, 'One.'), opening(11, 1, 722, 3, 'Three.')]);
    expect(footnotes.map((f) => f.n)).toEqual([1, 3]);
    expect(warnings).toEqual(['line 11: footnote 3 stands where footnote 2 was expected']);
  });

  it('leaves out text before any footnote number, with a warning', () => {
    const { footnotes, warnings } = collectFootnotes([continuing(9, 1, 700, 'stray words'), opening(10, 1, 711, 1, 'One.')]);
    expect(footnotes).toEqual([{ n: 1, text: 'One.', line: 10 }]);
    expect(warnings).toEqual(['line 9: text in a footnote area before any footnote number, left out: "stray words"']);
  });

  it('leaves a mark inside a footnote out of its text, with a warning', () => {
    const withMark = line(10, 1, 711, [
      { text: '1', x: 116.8, size: 5.5, raised: true, width: 3 },
      { text: 'See the report.', x: 123.4, width: 60 },
      { text: '2', x: 183.5, size: 5.5, raised: true, width: 3 },
    ], SMALL);
    const { footnotes, warnings } = collectFootnotes([withMark]);
    expect(footnotes).toEqual([{ n: 1, text: 'See the report.', line: 10 }]);
    expect(warnings).toEqual(['line 10: a footnote mark inside a footnote is left out']);
  });

  it('warns of a footnote with no text', () => {
    const bare = line(10, 1, 711, [{ text: '1', x: 116.8, size: 5.5, raised: true, width: 3 }], SMALL);
    expect(collectFootnotes([bare]).warnings).toEqual(['line 10: footnote 1 has no text']);
  });
});
