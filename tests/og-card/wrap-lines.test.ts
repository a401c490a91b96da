import { describe, expect, it } from 'vitest';
import { breakPieces, wrapLines } from '../../src/og-card/wrap-lines.ts';

// A measure in "characters": every character is one unit wide, so widths are easy to read.
const byChars = (text: string) => Array.from(text).length;

describe('breakPieces', () => {
  it('breaks other languages at spaces, each piece keeping the space after it', () => {
    expect(breakPieces('Assessment of  the\nprogress', 'en')).toEqual(['Assessment ', 'of ', 'the ', 'progress']);
    expect(breakPieces('التقدم المحرز في', 'ar')).toEqual(['التقدم ', 'المحرز ', 'في']);
  });

  it('breaks Chinese between any two characters, keeping Latin runs whole and punctuation on the right side of a break', () => {
    expect(breakPieces('评估进展，包括《议程》（A/RES/70/1）', 'zh')).toEqual(['评', '估', '进', '展，', '包', '括', '《议', '程》', '（A/RES/70/1）']);
  });
});

describe('wrapLines', () => {
  it('fills each line with as many words as fit, by measured width', () => {
    const wrapped = wrapLines('one two three four five', { lang: 'en', maxWidth: 9, maxLines: 4, measure: byChars });
    expect(wrapped).toEqual({ lines: ['one two', 'three', 'four five'], truncated: false });
  });

  it('wraps Chinese between characters, never opening a line with a comma', () => {
    const wrapped = wrapLines('经济及社会理事会，决议档案', { lang: 'zh', maxWidth: 8, maxLines: 3, measure: byChars });
    expect(wrapped.lines).toEqual(['经济及社会理事', '会，决议档案']);
  });

  it('wraps Arabic at spaces, in logical order (drawing puts it right to left)', () => {
    const wrapped = wrapLines('التقدم المحرز في تنفيذ نتائج', { lang: 'ar', maxWidth: 13, maxLines: 3, measure: byChars });
    expect(wrapped.lines).toEqual(['التقدم المحرز', 'في تنفيذ', 'نتائج']);
  });

  it('cuts a text longer than its lines with an ellipsis that fits, after a whole word, dropping the punctuation before it', () => {
    const wrapped = wrapLines('alpha beta, gamma delta epsilon zeta', { lang: 'en', maxWidth: 11, maxLines: 2, measure: byChars });
    expect(wrapped).toEqual({ lines: ['alpha beta,', 'gamma…'], truncated: true });
    for (const line of wrapped.lines) expect(byChars(line)).toBeLessThanOrEqual(11);
    expect(wrapLines('alpha beta, gamma', { lang: 'en', maxWidth: 11, maxLines: 1, measure: byChars }).lines).toEqual(['alpha beta…']);
  });

  it('cuts Chinese between characters, before its punctuation', () => {
    const wrapped = wrapLines('经济及社会理事会，决议档案', { lang: 'zh', maxWidth: 9, maxLines: 1, measure: byChars });
    expect(wrapped).toEqual({ lines: ['经济及社会理事会…'], truncated: true });
  });

  it('cuts a word wider than a line between its characters', () => {
    const wrapped = wrapLines('E/RES/2015/26/Add.1 ok', { lang: 'en', maxWidth: 8, maxLines: 4, measure: byChars });
    expect(wrapped.lines).toEqual(['E/RES/20', '15/26/Ad', 'd.1 ok']);
  });

  it('gives no line for an empty title', () => {
    expect(wrapLines('  ', { lang: 'fr', maxWidth: 10, maxLines: 3, measure: byChars })).toEqual({ lines: [], truncated: false });
  });
});
