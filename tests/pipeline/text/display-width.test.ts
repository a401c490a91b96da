import { describe, expect, it } from 'vitest';
import { displayWidth, indentOf } from '../../../src/pipeline/text/display-width.ts';
import { seedLines } from './helpers.ts';

describe('displayWidth', () => {
  it('counts one column for each Latin letter, digit, space and ASCII punctuation', () => {
    expect(displayWidth('A/70/63-E/2015/10.')).toBe(18);
    expect(displayWidth('')).toBe(0);
  });

  it('counts two columns for each ideograph and each full-width punctuation mark', () => {
    expect(displayWidth('因特网治理')).toBe(10);
    expect(displayWidth('，；：。（）')).toBe(12);
    expect(displayWidth('《联合国宪章》')).toBe(14);
  });

  it('counts mixed Chinese lines as printed: figures and spaces one column, characters two', () => {
    // "2015 年会议": four digits, a space, three ideographs.
    expect(displayWidth('2015 年会议')).toBe(11);
    expect(displayWidth('第 54 次全体会议')).toBe(4 + 12);
  });

  it('counts the ideographic space as two columns and the curly quotes of Chinese text as one', () => {
    expect(displayWidth('\u3000')).toBe(2);
    expect(displayWidth('“数字发展”')).toBe(2 + 8);
  });

  it('counts a character outside the Basic Multilingual Plane once, by code point, not by UTF-16 unit', () => {
    expect(displayWidth('𠀀')).toBe(2);
    expect(displayWidth('𝔸')).toBe(1);
  });

  it('measures a full line of the seed at 70 columns (35 characters), and a paragraph\'s short last line well below', () => {
    const full = seedLines(71, 71)[0] as string;
    const last = seedLines(63, 63)[0] as string;
    expect(displayWidth(full.trimEnd())).toBe(70);
    expect(displayWidth(last.trimEnd())).toBe(6); // "报告，"
  });
});

describe('indentOf', () => {
  it('counts leading spaces', () => {
    expect(indentOf(' 1. 注意到')).toBe(1);
    expect(indentOf('  25. 回顾大会')).toBe(2);
    expect(indentOf('益攸关方性质')).toBe(0);
  });

  it('counts a tab as four columns and an ideographic space as two', () => {
    expect(indentOf('\t(a)\tContinue')).toBe(4);
    expect(indentOf('\u3000\u3000回顾')).toBe(4);
    expect(indentOf(' \t x')).toBe(6);
  });

  it('gives a blank line its whole width', () => {
    expect(indentOf('   ')).toBe(3);
  });
});
