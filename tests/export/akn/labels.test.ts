import { describe, expect, it } from 'vitest';
import { readNum } from '../../../src/pipeline/akn/num-label.ts';
import { printedLabel } from '../../../src/export/akn/labels.ts';

describe('printedLabel', () => {
  it('prints labels as the UN does in each language', () => {
    expect(printedLabel('12', 0, 1)).toBe('12.');
    expect(printedLabel('12', 0, 1, 'ar')).toBe('12 -');
    expect(printedLabel('12', 0, 1, 'zh')).toBe('12.');
    expect(printedLabel('c', 1, 3)).toBe('(c)');
    expect(printedLabel('ii', 2, 2)).toBe('(ii)');
    expect(printedLabel('в', 1, 3)).toBe('в)');
    expect(printedLabel('ج', 1, 3)).toBe('(ج)');
    expect(printedLabel('هـ', 1, 5)).toBe('(هـ)');
    expect(printedLabel('㈢', 2, 3)).toBe('㈢');
    expect(printedLabel('十一', 2, 11)).toBe('(十一)');
  });

  it('prints letters that look roman, where they continue the letters, in brackets: "(i)" as the ninth', () => {
    expect(printedLabel('i', 1, 9)).toBe('(i)');
    expect(printedLabel('i', 1, 1)).toBe('(i)');
  });

  it('prints bare a roman sub-paragraph label that does not continue the letters, which the importer would set one level down', () => {
    expect(printedLabel('ii', 1, 2)).toBe('ii');
  });

  it('gives back, read by the importer, the same value in every case', () => {
    expect(readNum(printedLabel('12', 0, 1, 'ar')).value).toBe('12');
    const cases: [string, number, number][] = [['12', 0, 1], ['c', 1, 3], ['ii', 2, 2], ['ii', 1, 2], ['в', 1, 3], ['ج', 1, 3], ['هـ', 1, 5], ['㈢', 2, 3], ['十一', 2, 11], ['1', 3, 1]];
    for (const [num, depth, position] of cases) expect(readNum(printedLabel(num, depth, position)).value, `${num} at depth ${depth}`).toBe(num);
  });
});
