import { describe, expect, it } from 'vitest';
import type { PlacedLine } from '../../src/og-card/card-layout.ts';
import { CARD_FONT_FILES, faceFor, openCardFonts } from '../../scripts/og-cards/card-fonts.ts';
import { glyphPainters } from '../../scripts/og-cards/glyph-painter.ts';

const fonts = openCardFonts();
const missing = 'missing' in fonts ? fonts.missing : null;
const line = (text: string, dir: 'ltr' | 'rtl'): PlacedLine => ({ text, x: dir === 'rtl' ? 1110 : 90, y: 300, size: 40, weight: 'regular', fill: '#111111', dir, anchor: dir === 'rtl' ? 'end' : 'start' });

/** Each glyph the painter drew: its outline and the x it was put at. */
function drawn(svg: string): { d: string; x: number }[] {
  return [...svg.matchAll(/<path transform="translate\(([-\d.]+) [-\d.]+\)[^"]*" d="([^"]*)"/g)].map((m) => ({ x: Number(m[1]), d: m[2]! }));
}

describe.skipIf(missing)(`glyphPainters (needs ${CARD_FONT_FILES.cjk.regular.path} and DejaVu Sans${missing ? `: ${missing}` : ''})`, () => {
  if ('missing' in fonts) return;
  const painters = glyphPainters(fonts);
  const outlineOf = (lang: 'zh' | 'ar' | 'en', char: string) => {
    const face = faceFor(fonts, lang, 'regular');
    return face.getGlyph(face.glyphForCodePoint(char.codePointAt(0)!).id).path.toSVG();
  };

  it('measures Chinese one em a character, from the CJK face', () => {
    expect(painters('zh').measure('联合国', { size: 40, weight: 'regular', fill: '#000' })).toBe(120);
  });

  it('measures a line as its words and the spaces between them', () => {
    const { measure } = painters('en');
    const style = { size: 40, weight: 'bold', fill: '#000' } as const;
    const bold = faceFor(fonts, 'en', 'bold');
    const space = (bold.glyphForCodePoint(32).advanceWidth / bold.unitsPerEm) * 40;
    expect(measure('United Nations', style)).toBeCloseTo(measure('United', style) + space + measure('Nations', style), 5);
    expect(measure('United Nations', style)).toBeGreaterThan(measure('United Nations', { ...style, weight: 'regular' }));
  });

  it('draws a left-to-right line from its x onwards, in the order of its characters', () => {
    const glyphs = drawn(painters('en').paint(line('E/RES 2015', 'ltr'), { lang: 'en', dir: 'ltr', lines: [] }));
    expect(glyphs[0]!.x).toBe(90);
    const at = (char: string) => glyphs.find((glyph) => glyph.d === outlineOf('en', char))!.x;
    expect(at('E')).toBeLessThan(at('R'));
    expect(at('2')).toBeLessThan(at('5'));
  });

  it('draws an Arabic line leftwards from its right edge: Arabic words from the right, a number inside left to right', () => {
    const text = 'مجلس 2015 أمن';
    const { paint, measure } = painters('ar');
    const glyphs = drawn(paint(line(text, 'rtl'), { lang: 'ar', dir: 'rtl', lines: [] }));
    const left = Math.min(...glyphs.map((glyph) => glyph.x));
    expect(left).toBeCloseTo(1110 - measure(text, line(text, 'rtl')), 1);
    const digit = (char: string) => glyphs.find((glyph) => glyph.d === outlineOf('ar', char))!.x;
    expect(digit('2')).toBeLessThan(digit('0'));
    expect(digit('1')).toBeLessThan(digit('5'));
    // The first word, مجلس, is drawn right of the number, the last, أمن, left of it.
    const digits = [digit('2'), digit('5')];
    const others = glyphs.filter((glyph) => !'2015'.split('').some((char) => glyph.d === outlineOf('ar', char)));
    expect(others.filter((glyph) => glyph.x > digits[1]!).length).toBeGreaterThanOrEqual(3);
    expect(others.filter((glyph) => glyph.x < digits[0]!).length).toBeGreaterThanOrEqual(2);
  });

  it('joins Arabic letters: a word is drawn in its contextual forms, not its isolated ones', () => {
    const glyphs = drawn(painters('ar').paint(line('مجلس', 'rtl'), { lang: 'ar', dir: 'rtl', lines: [] }));
    const isolated = ['م', 'ج', 'ل', 'س'].map((char) => outlineOf('ar', char));
    expect(glyphs).toHaveLength(4);
    expect(glyphs.filter((glyph) => isolated.includes(glyph.d)).length).toBeLessThan(4);
  });
});
