import { describe, expect, it } from 'vitest';
import { isBlank, toSourceLines } from '../../../src/pipeline/text/source-line.ts';
import { seedLines, seedText } from './helpers.ts';

describe('toSourceLines', () => {
  it('numbers the lines from 1 and keeps each line as printed, leading spaces included', () => {
    const lines = toSourceLines(seedLines(20, 24).join('\n'));
    expect(lines).toEqual([
      { n: 1, text: ' 经济及社会理事会， ' },
      { n: 2, text: '' },
      { n: 3, text: ' 回顾信息社会世界首脑会议的成果文件，' },
      { n: 4, text: '1' },
      { n: 5, text: ' ' },
    ]);
  });

  it('gives every line of the seed its number in the file', () => {
    const lines = toSourceLines(seedText);
    expect(lines[66]).toEqual({ n: 67, text: ' 1. 注意到目前执行信息社会世界首脑会议成果的情况，' });
    expect(lines[557]).toEqual({ n: 558, text: '第 54 次全体会议 ' });
  });

  it('ends lines at CRLF, CR or LF alike, so Windows and old Mac files number their lines the same', () => {
    const texts = ['a\nb\n\nc', 'a\r\nb\r\n\r\nc', 'a\rb\r\rc', 'a\r\nb\n\rc'];
    for (const text of texts) expect(toSourceLines(text).map((l) => `${l.n}:${l.text}`)).toEqual(['1:a', '2:b', '3:', '4:c']);
  });

  it('keeps a final empty line after a trailing newline', () => {
    expect(toSourceLines('a\n').map((l) => l.n)).toEqual([1, 2]);
  });

  it('removes form feeds and marks the next line with text as the start of a page', () => {
    const lines = toSourceLines('报告， \n\f\n \n  25. 回顾大会；\n续');
    expect(lines.map((l) => [l.n, l.text, l.pageStart ?? false])).toEqual([
      [1, '报告， ', false],
      [2, '', false],
      [3, ' ', false],
      [4, '  25. 回顾大会；', true],
      [5, '续', false],
    ]);
  });

  it('marks a line that begins with a form feed as a page start itself', () => {
    const lines = toSourceLines('上页\n\f 下页');
    expect(lines[1]).toEqual({ n: 2, text: ' 下页', pageStart: true });
  });
});

describe('isBlank', () => {
  it('takes spaces, tabs and the ideographic space for blank', () => {
    expect([' ', '', '\t', '\u3000 ', '  '].every((text) => isBlank({ n: 1, text }))).toBe(true);
  });

  it('takes a lone footnote number or any character for text', () => {
    expect(isBlank({ n: 1, text: '1' })).toBe(false);
    expect(isBlank({ n: 1, text: ' ，' })).toBe(false);
  });
});
