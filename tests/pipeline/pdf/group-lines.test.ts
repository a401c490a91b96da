import { describe, expect, it } from 'vitest';
import { dominantSize, groupLines, joinRuns, plainText } from '../../../src/pipeline/pdf/group-lines.ts';
import { item, page } from './synthetic.ts';

describe('groupLines', () => {
  it('puts runs that share a baseline on one line, left to right, whatever order the PDF drew them in', () => {
    const [line, ...rest] = groupLines([page(1, [item('world', 150, 100), item('Hello', 100, 100.4)])]);
    expect(rest).toEqual([]);
    expect(line?.items.map((i) => i.text)).toEqual(['Hello', 'world']);
    expect(line).toMatchObject({ n: 1, page: 1, x: 100, right: 175, size: 10 });
  });

  it('reads lines top to bottom and numbers them through the document', () => {
    const lines = groupLines([page(1, [item('second', 100, 112), item('first', 100, 100)]), page(2, [item('third', 100, 86)])]);
    expect(lines.map((l) => [l.n, l.page, plainText(l)])).toEqual([
      [1, 1, 'first'],
      [2, 1, 'second'],
      [3, 2, 'third'],
    ]);
  });

  it('joins a superscript set small above the baseline to the line it stands on, marked raised', () => {
    const lines = groupLines([page(1, [item('on its eighty-fourth session,', 123, 424.6), item('1', 243.5, 421.1, { size: 6.5 }), item('Reaffirming', 147, 442.6)])]);
    expect(lines).toHaveLength(2);
    const [first] = lines;
    expect(first?.items.map((i) => [i.text, i.raised])).toEqual([
      ['on its eighty-fourth session,', false],
      ['1', true],
    ]);
    expect(first?.y).toBe(424.6);
    expect(first?.size).toBe(10);
  });

  it("joins a footnote's own number, raised at the start, to the footnote's line", () => {
    const [line] = groupLines([page(1, [item('1', 116.8, 687, { size: 5.5 }), item('Kazakhstan, Kyrgyzstan.', 123.1, 690, { size: 8.5 })])]);
    expect(line?.items.map((i) => [i.text, i.raised])).toEqual([
      ['1', true],
      ['Kazakhstan, Kyrgyzstan.', false],
    ]);
    expect(line?.size).toBe(8.5);
  });

  it('does not raise small type set on the baseline, nor join small type a full line above', () => {
    const lines = groupLines([page(1, [item('ABC', 100, 100), item('small', 130, 100, { size: 7 }), item('note', 100, 88, { size: 7 })])]);
    expect(lines.map(plainText)).toEqual(['note', 'ABC small']);
    expect(lines[1]?.items.every((i) => !i.raised)).toBe(true);
  });

  it('does not join a superscript to a line far to its side', () => {
    const lines = groupLines([page(1, [item('text', 100, 100), item('9', 400, 96.5, { size: 6 })])]);
    expect(lines).toHaveLength(2);
  });

  it('calls a line bold only when all its own text is bold', () => {
    const [bold, mixed] = groupLines([page(1, [item('Action 1.', 123, 100, { bold: true }), item('Take', 123, 112, { italic: true }), item('action', 150, 112, { bold: true })])]);
    expect(bold?.bold).toBe(true);
    expect(mixed?.bold).toBe(false);
  });
});

describe('joinRuns', () => {
  const run = (text: string, x: number, width = text.length * 5) => ({ item: item(text, x, 100, { width }), text });

  it('puts a space where the gap between runs is a word space, and none where runs touch', () => {
    expect(joinRuns([run('Committee (', 100, 50), run('A/79/390', 150.4, 40), run(')', 190.5, 3), run('of', 200, 10)])).toBe('Committee (A/79/390) of');
  });

  it('makes runs of white space one space, and trims', () => {
    expect(joinRuns([run(' Having  considered ', 100, 90), run('chapter', 190, 30)])).toBe('Having considered chapter');
  });

  it('closes up a hyphen the PDF set apart from its word, within a line and at its end', () => {
    expect(joinRuns([run('through the Secretary -General’s proposal, well -being', 100)])).toBe('through the Secretary-General’s proposal, well-being');
    expect(joinRuns([run('request the Secretary -', 100)])).toBe('request the Secretary-');
    expect(joinRuns([run('a dash – set apart, 2 - 3 and a minus -5', 100)])).toBe('a dash – set apart, 2 - 3 and a minus -5');
  });

  it('glues a superscript to the text before it, and measures the next gap from the text', () => {
    const runs = [run('Development', 100, 55), { item: item('1', 156, 96, { size: 6, width: 3 }), text: '¹', glued: true }, run('and', 158, 15)];
    expect(joinRuns(runs)).toBe('Development¹ and');
  });
});

describe('dominantSize', () => {
  it('is the size most characters are set in, to a tenth of a point', () => {
    expect(dominantSize([item('A', 0, 0, { size: 20.64 }), item('/RES/79/3', 0, 0, { size: 9.96 })])).toBe(10);
  });
});
