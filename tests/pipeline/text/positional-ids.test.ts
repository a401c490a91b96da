import { describe, expect, it } from 'vitest';
import { letterId, romanId } from '../../../src/pipeline/text/positional-ids.ts';

describe('letterId', () => {
  it('names the first sub-paragraphs a, b, c… by their position', () => {
    expect([1, 2, 3, 4, 5].map(letterId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('names the 9th sub-paragraph i and the 22nd v, letters like the others', () => {
    expect(letterId(9)).toBe('i');
    expect(letterId(22)).toBe('v');
    expect(letterId(26)).toBe('z');
  });

  it('goes on after z with doubled letters, as the UN labels them: aa, bb, … zz, aaa', () => {
    expect(letterId(27)).toBe('aa');
    expect(letterId(28)).toBe('bb');
    expect(letterId(52)).toBe('zz');
    expect(letterId(53)).toBe('aaa');
  });

  it('gives ids that are valid anchor words (lower-case ASCII letters)', () => {
    for (let n = 1; n <= 80; n++) expect(letterId(n)).toMatch(/^[a-z]+$/);
  });
});

describe('romanId', () => {
  it('names the items of a sub-paragraph i, ii, iii, iv, v… by their position', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(romanId)).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x']);
  });

  it('writes larger numbers with subtractive pairs', () => {
    expect(romanId(14)).toBe('xiv');
    expect(romanId(19)).toBe('xix');
    expect(romanId(40)).toBe('xl');
    expect(romanId(49)).toBe('xlix');
    expect(romanId(90)).toBe('xc');
    expect(romanId(100)).toBe('c');
    expect(romanId(1999)).toBe('mcmxcix');
  });

  it('is the inverse of reading a lower-case roman numeral, for every item number up to 300', () => {
    const value: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
    const read = (s: string) => [...s].reduce((sum, ch, i) => ((value[ch] ?? 0) < (value[s[i + 1] ?? ''] ?? 0) ? sum - (value[ch] ?? 0) : sum + (value[ch] ?? 0)), 0);
    for (let n = 1; n <= 300; n++) expect(read(romanId(n))).toBe(n);
  });
});
