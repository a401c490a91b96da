import { describe, expect, it } from 'vitest';
import { chineseNumeral, englishOrdinal, roman } from '../../src/cite/numbers.ts';

describe('roman', () => {
  it('writes annex numbers as the UN prints them', () => {
    expect([1, 2, 3, 4, 9, 14, 40, 49, 1994].map(roman)).toEqual(['I', 'II', 'III', 'IV', 'IX', 'XIV', 'XL', 'XLIX', 'MCMXCIV']);
  });
  it('refuses what has no roman numeral', () => {
    expect(() => roman(0)).toThrow(RangeError);
    expect(() => roman(1.5)).toThrow(RangeError);
  });
});

describe('chineseNumeral', () => {
  it('writes 1–99 in Chinese numerals', () => {
    expect([1, 2, 3, 10, 11, 12, 20, 21, 40, 99].map(chineseNumeral)).toEqual(
      ['一', '二', '三', '十', '十一', '十二', '二十', '二十一', '四十', '九十九'],
    );
  });
  it('gives digits from 100 on and refuses 0', () => {
    expect(chineseNumeral(120)).toBe('120');
    expect(() => chineseNumeral(0)).toThrow(RangeError);
  });
});

describe('englishOrdinal', () => {
  it('spells ordinals below 100', () => {
    expect([1, 2, 3, 12, 19, 20, 21, 30, 42, 99].map(englishOrdinal)).toEqual([
      'first', 'second', 'third', 'twelfth', 'nineteenth', 'twentieth', 'twenty-first', 'thirtieth', 'forty-second', 'ninety-ninth',
    ]);
  });
  it('gives digits with a suffix from 100 on', () => {
    expect([100, 101, 102, 103, 111, 112, 113, 121].map(englishOrdinal)).toEqual(
      ['100th', '101st', '102nd', '103rd', '111th', '112th', '113th', '121st'],
    );
  });
});
