import { describe, expect, it } from 'vitest';
import { en } from '../../../src/pipeline/conventions/en.ts';
import { isStandaloneLine } from '../../../src/pipeline/conventions/standalone.ts';
import { zh } from '../../../src/pipeline/conventions/zh.ts';
import { joinWrappedLines, type TextBlock } from '../../../src/pipeline/text/join-wrapped-lines.ts';
import { liftFootnotes } from '../../../src/pipeline/text/lift-footnotes.ts';
import { recogniseFrontMatter } from '../../../src/pipeline/text/recognise-front-matter.ts';
import { stripPageFurniture } from '../../../src/pipeline/text/strip-page-furniture.ts';
import { seedText, sourceLines, withMarks } from './helpers.ts';

/** A block of one source line: line `n`, its text ("[^n]" written as a footnote placeholder). */
const block = (n: number, text: string): TextBlock => ({ text: withMarks(text), lines: [{ n, text: withMarks(text) }] });

const seedBlocks = joinWrappedLines(liftFootnotes(stripPageFurniture(sourceLines(seedText), zh).lines).lines, { standalone: (l) => isStandaloneLine(zh, l), leadWord: zh.leadWord });

describe('recogniseFrontMatter', () => {
  it('reads the seed\'s adoption line, recommendation, number, title and formula, and points past the formula', () => {
    expect(recogniseFrontMatter(seedBlocks, zh)).toEqual({
      number: '2015/26',
      title: '评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展',
      adoptionLine: '2015 年 7 月 22 日经济及社会理事会决议',
      recommendation: '[根据科学和技术促进发展委员会的建议(E/2015/31)通过]',
      formula: '经济及社会理事会，',
      next: 4,
      warnings: [],
    });
  });

  it('reads the same lines in English', () => {
    const front = recogniseFrontMatter(
      [
        block(12, 'Resolution adopted by the Economic and Social Council on 22 July 2015'),
        block(14, '[on the recommendation of the Commission on Science and Technology for Development (E/2015/31)]'),
        block(16, '2015/26. Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society'),
        block(20, 'The Economic and Social Council,'),
        block(22, 'Recalling the outcome documents of the World Summit on the Information Society,[^1]'),
      ],
      en,
    );
    expect(front).toEqual({
      number: '2015/26',
      title: 'Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society',
      adoptionLine: 'Resolution adopted by the Economic and Social Council on 22 July 2015',
      recommendation: '[on the recommendation of the Commission on Science and Technology for Development (E/2015/31)]',
      formula: 'The Economic and Social Council,',
      next: 4,
      warnings: [],
    });
  });

  it('joins a title that the joiner left in two blocks, with a space in English and none in Chinese', () => {
    expect(recogniseFrontMatter([block(1, '2015/26. Assessment of the progress made'), block(3, 'in the implementation of the outcomes'), block(5, 'The Economic and Social Council,')], en).title).toBe('Assessment of the progress made in the implementation of the outcomes');
    expect(recogniseFrontMatter([block(1, '2015/26.评估信息社会世界首脑会议成果的执行情况及后续'), block(3, '行动方面取得的进展'), block(5, '经济及社会理事会，')], zh).title).toBe('评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展');
  });

  it('reads a number printed on a line of its own, the title under it', () => {
    const front = recogniseFrontMatter([block(1, '2015/26.'), block(3, 'Assessment of the progress made'), block(5, 'The Economic and Social Council,')], en);
    expect([front.number, front.title, front.next]).toEqual(['2015/26', 'Assessment of the progress made', 3]);
  });

  it('reads a number with a letter: "2015/26 B."', () => {
    expect(recogniseFrontMatter([block(1, '2015/26 B. Title'), block(3, '经济及社会理事会，')], zh).number).toBe('2015/26 B');
  });

  it('leaves footnote marks out of the title', () => {
    expect(recogniseFrontMatter([block(1, '2015/26. Assessment of the progress[^1]'), block(3, 'The Economic and Social Council,')], en).title).toBe('Assessment of the progress');
  });

  it('warns, with the line, when no formula stands before the preamble, and stops at the preamble', () => {
    const front = recogniseFrontMatter([block(1, '2015/26. Assessment'), block(3, 'Recalling its resolution 2014/27 of 16 July 2014,'), block(5, '1. Takes note;')], en);
    expect(front.formula).toBeNull();
    expect(front.next).toBe(1);
    expect(front.warnings).toEqual(['line 3: no formula such as "The Economic and Social Council," before the preamble']);
  });

  it('stops at the first numbered paragraph when there is neither formula nor preamble', () => {
    const front = recogniseFrontMatter([block(1, '2015/26. Assessment'), block(3, '1. Takes note of the report;')], en);
    expect([front.title, front.next]).toEqual(['Assessment', 1]);
  });

  it('warns, with the line and the words, about a line above the title it cannot place', () => {
    const front = recogniseFrontMatter([block(2, 'United Nations E/RES/2015/26'), block(4, '2015/26. Assessment'), block(6, 'The Economic and Social Council,')], en);
    expect(front.number).toBe('2015/26');
    expect(front.warnings).toEqual(['line 2: unrecognised line above the title, left out of the text: "United Nations E/RES/2015/26"']);
  });

  it('takes the text between the recommendation and the formula for the title when the number was lost', () => {
    const front = recogniseFrontMatter([block(13, '2015 年 7 月 22 日经济及社会理事会决议'), block(15, '[根据科学和技术促进发展委员会的建议(E/2015/31)通过]'), block(17, '评估信息社会世界首脑会议成果的执行情况'), block(20, '经济及社会理事会，')], zh);
    expect([front.number, front.title, front.next]).toEqual([null, '评估信息社会世界首脑会议成果的执行情况', 4]);
  });

  it('finds nothing in a text that is no resolution', () => {
    const front = recogniseFrontMatter([block(1, 'Minutes of the meeting'), block(3, 'The meeting opened at 10 a.m.')], en);
    expect([front.number, front.title, front.formula]).toEqual([null, null, null]);
  });
});
