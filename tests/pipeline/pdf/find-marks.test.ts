import { describe, expect, it } from 'vitest';
import { markLine } from '../../../src/pipeline/pdf/find-marks.ts';
import { line, showMarks } from './synthetic.ts';

const KNOWN = new Set([1, 2, 3]);

describe('markLine', () => {
  it('turns a superscript footnote number into a mark where it was printed', () => {
    const at = line(7, 1, 424.6, [
      { text: 'on its eighty-fourth session,', x: 123, width: 119.6 },
      { text: '1', x: 243.5, size: 6.5, raised: true, width: 3 },
    ]);
    const result = markLine(at, KNOWN);
    expect(showMarks(result.text)).toBe('on its eighty-fourth session,[^1]');
    expect(result.warnings).toEqual([]);
  });

  it('puts no space before a mark and keeps the word space after it', () => {
    const at = line(7, 1, 100, [
      { text: 'Sustainable Development', x: 123, width: 110 },
      { text: '1', x: 234, size: 6.5, raised: true, width: 3 },
      { text: 'and its Goals.', x: 237.5, width: 60 },
    ]);
    expect(showMarks(markLine(at, KNOWN).text)).toBe('Sustainable Development[^1] and its Goals.');
  });

  it('reads two marks from one run ("2, 3") and from two runs', () => {
    const one = line(1, 1, 100, [
      { text: 'Agreement.', x: 123, width: 45 },
      { text: '2, 3', x: 168, size: 6.5, raised: true, width: 8 },
    ]);
    const two = line(1, 1, 100, [
      { text: 'Change', x: 123, width: 30 },
      { text: '2', x: 153, size: 6.5, raised: true, width: 3 },
      { text: 'and the Paris Agreement.', x: 158, width: 100 },
      { text: '3', x: 258, size: 6.5, raised: true, width: 3 },
    ]);
    expect(showMarks(markLine(one, KNOWN).text)).toBe('Agreement.[^2][^3]');
    expect(showMarks(markLine(two, KNOWN).text)).toBe('Change[^2] and the Paris Agreement.[^3]');
  });

  it('keeps a raised number that matches no footnote as text, with a warning naming the line', () => {
    const at = line(12, 1, 100, [
      { text: 'an area of 5 km', x: 123, width: 70 },
      { text: '2', x: 193, size: 6.5, raised: true, width: 3 },
    ]);
    const result = markLine(at, new Set([1]));
    expect(result.text).toBe('an area of 5 km2');
    expect(result.warnings).toEqual(['line 12: superscript 2 matches no footnote; kept as text']);
  });

  it('glues other superscripts to their word', () => {
    const at = line(1, 1, 100, [
      { text: 'the 19', x: 123, width: 25 },
      { text: 'th', x: 148, size: 6.5, raised: true, width: 4 },
      { text: 'plenary meeting', x: 154, width: 60 },
    ]);
    expect(markLine(at, KNOWN).text).toBe('the 19th plenary meeting');
  });

  it('takes every raised number as a mark when the footnotes are not known', () => {
    const at = line(1, 1, 100, [
      { text: 'text', x: 123, width: 20 },
      { text: '41', x: 143, size: 6.5, raised: true, width: 6 },
    ]);
    expect(showMarks(markLine(at, null).text)).toBe('text[^41]');
  });

  describe('in a footnote area', () => {
    it("reads the raised number that opens a line as the footnote's own number", () => {
      const at = line(30, 1, 711.5, [
        { text: '4', x: 116.8, size: 5.5, raised: true, width: 3 },
        { text: 'Resolutions 53/243 A and B.', x: 123.4, size: 8.5, width: 100 },
      ]);
      expect(markLine(at, null, true)).toMatchObject({ opens: 4, text: 'Resolutions 53/243 A and B.' });
    });

    it('reads a number set level but in a column of its own as the number, too', () => {
      const at = line(30, 1, 711.5, [
        { text: '12', x: 111, size: 8.5, width: 8.5 },
        { text: 'Official Records', x: 123.4, size: 8.5, width: 60 },
      ]);
      expect(markLine(at, null, true).opens).toBe(12);
    });

    it('reads a line that continues a footnote as no opening', () => {
      const at = line(31, 1, 722, [{ text: '2015 (United Nations publication).', x: 123.4, size: 8.5, width: 130 }]);
      expect(markLine(at, null, true)).toMatchObject({ opens: null, text: '2015 (United Nations publication).' });
    });
  });
});
