import { describe, expect, it } from 'vitest';
import { jsLiteral } from '../../../src/pipeline/emit/js-literal.ts';
import { seedText } from '../text/helpers.ts';

/** Every JSON string token in a literal, quotes included. */
const strings = (literal: string) => literal.match(/"(?:[^"\\]|\\.)*"/g) ?? [];

/** Texts that a source could carry and that MDX, JSX, HTML or JavaScript would read as syntax. */
const HOSTILE = [
  '{alert(1)}',
  '<script>alert(1)</script>',
  '</Para><Para id="x">',
  '{/* comment */}',
  '<!-- comment -->',
  'a } b { c',
  'x > y < z',
  'line\u2028separator\u2029paragraph',
  'quote " and backslash \\ and \\{ escaped brace',
  '`${template}`',
  'export const a = 1;\nimport b from "c"',
  '决议 {草案} 《宪章》',
  '😀 𠀀 and a lone surrogate \ud800',
];

describe('jsLiteral', () => {
  it('writes plain values as JSON', () => {
    expect(jsLiteral(null)).toBe('null');
    expect(jsLiteral(54)).toBe('54');
    expect(jsLiteral(true)).toBe('true');
    expect(jsLiteral('2015 年会议')).toBe('"2015 年会议"');
    expect(jsLiteral(['fnref-2', 'fnref-2-2'])).toBe('["fnref-2","fnref-2-2"]');
    expect(jsLiteral({ t: '见 ' })).toBe('{"t":"见 "}');
  });

  it('writes braces and angle brackets inside strings as \\u escapes', () => {
    expect(jsLiteral('{x} <y>')).toBe('"\\u007bx\\u007d \\u003cy\\u003e"');
  });

  it('writes the line and paragraph separators inside strings as \\u escapes', () => {
    expect(jsLiteral('a\u2028b\u2029c')).toBe('"a\\u2028b\\u2029c"');
  });

  it('keeps the braces and brackets of objects and arrays, which are the literal\'s own syntax', () => {
    expect(jsLiteral([{ t: '{' }])).toBe('[{"t":"\\u007b"}]');
  });

  it('escapes inside keys as well as values', () => {
    expect(jsLiteral({ '<k>': 1 })).toBe('{"\\u003ck\\u003e":1}');
  });

  it('never leaves { } < > or a line separator inside a string, for any hostile text', () => {
    for (const text of HOSTILE) {
      const literal = jsLiteral({ inline: [{ t: text }, { cite: 'A/RES/69/204', text }], [text]: text });
      for (const token of strings(literal)) expect(token).not.toMatch(/[{}<>\u2028\u2029]/);
    }
  });

  it('round-trips through JSON.parse: the value comes back unchanged', () => {
    for (const text of [...HOSTILE, seedText]) {
      const value = { text, list: [text, null, 1.5, false], nested: { [text]: [{ t: text }] } };
      expect(JSON.parse(jsLiteral(value))).toEqual(value);
    }
  });

  it('round-trips through JavaScript evaluation, as an MDX expression is evaluated', () => {
    for (const text of HOSTILE) expect(new Function(`return (${jsLiteral({ t: text })});`)()).toEqual({ t: text });
  });

  it('leaves no escaped quote or backslash open, so that the next string token starts where JSON says', () => {
    const value = ['\\', '\\"', '"{"', '\\\\{'];
    expect(JSON.parse(jsLiteral(value))).toEqual(value);
    for (const token of strings(jsLiteral(value))) expect(token).not.toMatch(/[{}]/);
  });
});
