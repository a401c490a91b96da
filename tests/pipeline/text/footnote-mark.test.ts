import { describe, expect, it } from 'vitest';
import { extractMarks, markPlaceholder, stripMarks } from '../../../src/pipeline/text/footnote-mark.ts';
import { withMarks } from './helpers.ts';

describe('markPlaceholder', () => {
  it('writes a mark as two Unicode noncharacters around the footnote number', () => {
    expect(markPlaceholder(8)).toBe('\uFDD08\uFDD1');
    expect(markPlaceholder(12)).toBe('\uFDD012\uFDD1');
  });

  it('has no character a text source can hold once decoded, nor any that the joiners or label readers act on', () => {
    expect(markPlaceholder(1)).not.toMatch(/[\s，,；;。.:：]/);
  });
});

describe('extractMarks', () => {
  it('takes the marks out and says before which character of the clean text each stood', () => {
    const text = withMarks('注意到目前执行信息社会世界首脑会议成果的情况，[^1]特别强调其多利益攸关方性质');
    const { text: clean, marks } = extractMarks(text);
    expect(clean).toBe('注意到目前执行信息社会世界首脑会议成果的情况，特别强调其多利益攸关方性质');
    expect(marks).toEqual([{ n: 1, at: 23 }]);
    expect(clean.slice(0, 23).endsWith('情况，')).toBe(true);
  });

  it('keeps several marks in reading order, each offset counted in the clean text', () => {
    const { text, marks } = extractMarks(withMarks('a,[^1] b[^2] c[^3]'));
    expect(text).toBe('a, b c');
    expect(marks).toEqual([
      { n: 1, at: 2 },
      { n: 2, at: 4 },
      { n: 3, at: 6 },
    ]);
  });

  it('reads a mark at the very start and two marks side by side', () => {
    expect(extractMarks(withMarks('[^4]x[^5][^6]'))).toEqual({ text: 'x', marks: [{ n: 4, at: 0 }, { n: 5, at: 1 }, { n: 6, at: 1 }] });
  });

  it('reads the same footnote marked twice', () => {
    expect(extractMarks(withMarks('报告，[^2]述及报告[^2]')).marks).toEqual([
      { n: 2, at: 3 },
      { n: 2, at: 7 },
    ]);
  });

  it('counts offsets in UTF-16 units, as String.prototype.slice does', () => {
    const { text, marks } = extractMarks(withMarks('𠀀[^1]'));
    expect(text.slice(0, marks[0]?.at)).toBe('𠀀');
  });

  it('leaves a text without marks as it is, digits and brackets included', () => {
    expect(extractMarks('第 2014/27 号决议(E/2015/31)')).toEqual({ text: '第 2014/27 号决议(E/2015/31)', marks: [] });
  });
});

describe('stripMarks', () => {
  it('removes every placeholder and nothing else', () => {
    expect(stripMarks(withMarks('World Summit,[^3] and CO2[^4]'))).toBe('World Summit, and CO2');
  });

  it('gives the same text as extractMarks', () => {
    const text = withMarks('[^1]回顾，[^2]又回顾[^13]');
    expect(stripMarks(text)).toBe(extractMarks(text).text);
  });
});
