import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { el, escapeAttr, escapeText, serialise, xmlChars } from '../../../src/export/akn/xml.ts';

const parse = (xml: string) => new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(xml, 'text/xml');

describe('XML escaping', () => {
  it('escapes &, < and > in text, so that "]]>" never closes anything, and keeps quotes as they are', () => {
    expect(escapeText('a & b < c > d "e" \'f\' ]]>')).toBe('a &amp; b &lt; c &gt; d "e" \'f\' ]]&gt;');
  });

  it('escapes quotes in attributes, and tab and line breaks, which attribute normalisation would turn into spaces', () => {
    expect(escapeAttr('18 "b" & \'c\'\t\n\r')).toBe('18 &quot;b&quot; &amp; &apos;c&apos;&#x9;&#xA;&#xD;');
  });

  it('keeps a carriage return in text as a reference, since a parser turns a literal one into a line feed', () => {
    expect(escapeText('a\rb\u0085c\u2028d')).toBe('a&#xD;b&#x85;c&#x2028;d');
  });

  it('strips what XML 1.0 cannot carry: C0 controls but tab, line feed and carriage return, U+FFFE, U+FFFF, lone surrogates', () => {
    expect(xmlChars('a\u0000b\u0001c\u0008d\u000Ee\u001Ff\uFFFEg\uFFFFh\uD800i\uDC00j')).toBe('abcdefghij');
  });

  it('turns a vertical tab or form feed (a line or page break an extraction left) into a space', () => {
    expect(xmlChars('page\u000Cbreak\u000Bline')).toBe('page break line');
  });

  it('keeps everything XML 1.0 allows: tab, line breaks, CJK, Arabic, astral characters, C1 controls, paired surrogates', () => {
    const text = 'a\tb\nc 经济 المجلس 𠀀 \u0085 😀 \uFDD0';
    expect(xmlChars(text)).toBe(text);
  });

  it('writes text that any parser reads back exactly', () => {
    const text = 'A & B < C > D "E" \'F\' ]]> <![CDATA[x]]> &amp; 𠀀 \u0085 \u2028 \r';
    const doc = parse(serialise(el('p', { title: text }, text)));
    expect(doc.documentElement?.textContent).toBe(text);
    expect(doc.documentElement?.getAttribute('title')).toBe(text);
  });
});

describe('serialise', () => {
  it('indents elements that hold elements, one child a line, and leaves out null attributes and children', () => {
    expect(serialise(el('a', { x: '1', y: null, z: undefined }, el('b', {}), null, false, [el('c', {})]))).toBe('<a x="1">\n  <b/>\n  <c/>\n</a>');
  });

  it('adds no white space inside words: a paragraph with only elements in it is written on one line', () => {
    expect(serialise(el('div', {}, el('p', {}, el('inline', {}, 'a'), el('eol', {}), el('docDate', {}, 'b'))))).toBe('<div>\n  <p><inline>a</inline><eol/><docDate>b</docDate></p>\n</div>');
    expect(serialise(el('p', {}, 'text', el('note', {}, el('p', {}, 'x'))))).toBe('<p>text<note><p>x</p></note></p>');
  });
});
