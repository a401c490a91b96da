import { describe, expect, it } from 'vitest';
import { normaliseSpace } from '../../../src/pipeline/akn/normalise-space.ts';
import { markPlaceholder } from '../../../src/pipeline/text/footnote-mark.ts';

const m = markPlaceholder;

describe('normaliseSpace', () => {
  it('makes runs of XML white space one space and trims, keeping no-break spaces', () => {
    expect(normaliseSpace('\t Recalling \n\t  its resolution 2022/15 of 21\u00A0July ')).toBe('Recalling its resolution 2022/15 of 21\u00A0July');
  });

  it('leaves no space before a footnote mark, and the space after it', () => {
    expect(normaliseSpace(`Rights, ${m(2)} and assessed`)).toBe(`Rights,${m(2)} and assessed`);
  });

  it('leaves no space between two CJK characters, marks between them not counting', () => {
    expect(normaliseSpace('经济及社会理事会 \n 回顾')).toBe('经济及社会理事会回顾');
    expect(normaliseSpace(`框架》，${m(1)} 以最大`)).toBe(`框架》，${m(1)}以最大`);
    expect(normaliseSpace('第 2022/15 号决议')).toBe('第 2022/15 号决议');
  });

  it('drops the Arabic brackets round a footnote mark, however the file split them', () => {
    expect(normaliseSpace(`المعلومات(${m(1)})،`)).toBe(`المعلومات${m(1)}،`);
    expect(normaliseSpace(`الغابات()${m(1)} وأن`)).toBe(`الغابات${m(1)} وأن`);
    expect(normaliseSpace(`60/214((${m(1)})،`)).toBe(`60/214${m(1)}،`);
    expect(normaliseSpace(`بالغابات)(${m(3)})`)).toBe(`بالغابات)${m(3)}`);
  });

  it('drops empty brackets (a marker whose note the file lost) and invisible marks', () => {
    expect(normaliseSpace('على الصعيد العالمي()')).toBe('على الصعيد العالمي');
    expect(normaliseSpace('Resolu\u200Bción\u200E 70/1')).toBe('Resolución 70/1');
  });

  // Found by tests/pipeline/hostile/akn-to-mdx.property.test.ts (issue 8): "&lt;" then U+0338 stayed decomposed.
  it('gives NFC text, also where a decoded reference composes with the combining mark after it', () => {
    expect(normaliseSpace('<\u0338 e\u0301')).toBe('\u226E \u00E9');
  });
});
