import type { Font } from 'fontkit';
import type { MeasureLine } from '../../src/og-card/card-layout.ts';
import type { PaintLine } from '../../src/og-card/card-svg.ts';
import type { Lang } from '../../src/schemas/lang.ts';
import { faceFor, type CardFonts } from './card-fonts.ts';

/** One glyph of a shaped word: its id, and where it starts from the word's left edge, in font units. */
interface PlacedGlyph {
  id: number;
  x: number;
  y: number;
}

/** A word shaped in one face: its glyphs in visual order and its width, in font units. */
interface ShapedWord {
  width: number;
  glyphs: PlacedGlyph[];
  rtl: boolean;
}

// Letters of the Arabic script: a word holding one is shaped right to left (joined, its glyphs reversed).
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u;
// Brackets in a right-to-left word show their mirror image (Unicode's Bidi_Mirrored), as a browser draws them.
const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

/**
 * The build's painters of card lines, one per language: each line as the outlines of its glyphs,
 * so that the SVG renderer needs no font. Given the Noto CJK collection, resvg read each Chinese
 * glyph's outline again on every card (~2 ms a character, ~200 ms a card). Here the faces are
 * opened once a build, and each word's shaping and each glyph's outline are kept, so a card costs
 * only what it has new.
 *
 * Words are shaped by fontkit: Arabic ones right to left with their joining forms. A
 * right-to-left line is ordered word by word: its Arabic words from the right, each run of other
 * words (a symbol, a number, a Latin name) kept left to right inside it. Chinese is drawn
 * character by character from the face's cmap (it needs no shaping, and fontkit's
 * layout of the CJK face costs ~0.5 ms a character).
 */
export function glyphPainters(fonts: CardFonts): (lang: Lang) => { measure: MeasureLine; paint: PaintLine } {
  const words = new Map<Font, Map<string, ShapedWord>>();
  const outlines = new Map<Font, Map<number, string>>();

  const shape = (face: Font, word: string, lang: Lang): ShapedWord => {
    let cache = words.get(face);
    if (!cache) words.set(face, (cache = new Map()));
    let shaped = cache.get(word);
    if (!shaped) {
      shaped = lang === 'zh' || word === ' ' ? shapeByCmap(face, word) : shapeByLayout(face, word);
      cache.set(word, shaped);
    }
    return shaped;
  };
  const outline = (face: Font, id: number): string => {
    let cache = outlines.get(face);
    if (!cache) outlines.set(face, (cache = new Map()));
    let d = cache.get(id);
    if (d === undefined) {
      d = face.getGlyph(id).path.toSVG();
      cache.set(id, d);
    }
    return d;
  };
  const lineWords = (face: Font, text: string, lang: Lang) => text.split(' ').filter((word) => word !== '').map((word) => shape(face, word, lang));
  const space = (face: Font, lang: Lang) => shape(face, ' ', lang).width;

  return (lang) => {
    const measure: MeasureLine = (text, style) => {
      const face = faceFor(fonts, lang, style.weight);
      const shaped = lineWords(face, text, lang);
      return (lineWidth(shaped, space(face, lang)) * style.size) / face.unitsPerEm;
    };
    const paint: PaintLine = (line) => {
      const face = faceFor(fonts, lang, line.weight);
      const scale = line.size / face.unitsPerEm;
      const shaped = visualOrder(lineWords(face, line.text, lang), line.dir);
      const gap = space(face, lang);
      let pen = line.anchor === 'end' ? line.x / scale - lineWidth(shaped, gap) : line.x / scale;
      const glyphs: string[] = [];
      for (const word of shaped) {
        for (const glyph of word.glyphs) {
          const d = outline(face, glyph.id);
          // A glyph without outline (a space) draws nothing.
          if (d === '') continue;
          glyphs.push(`<path transform="translate(${round((pen + glyph.x) * scale)} ${round(line.y - glyph.y * scale)}) scale(${round(scale, 5)} ${round(-scale, 5)})" d="${d}"/>`);
        }
        pen += word.width + gap;
      }
      return `<g fill="${line.fill}">${glyphs.join('')}</g>`;
    };
    return { measure, paint };
  };
}

function lineWidth(words: readonly ShapedWord[], gap: number): number {
  return words.reduce((sum, word) => sum + word.width, 0) + Math.max(0, words.length - 1) * gap;
}

function shapeByCmap(face: Font, word: string): ShapedWord {
  const glyphs: PlacedGlyph[] = [];
  let width = 0;
  for (const char of word) {
    const glyph = face.glyphForCodePoint(char.codePointAt(0)!);
    glyphs.push({ id: glyph.id, x: width, y: 0 });
    width += glyph.advanceWidth;
  }
  return { width, glyphs, rtl: false };
}

function shapeByLayout(face: Font, word: string): ShapedWord {
  const rtl = ARABIC.test(word);
  const text = rtl ? Array.from(word, (char) => MIRRORED[char] ?? char).join('') : word;
  const run = rtl ? face.layout(text, [], 'arab', undefined, 'rtl') : face.layout(text, [], undefined, undefined, 'ltr');
  const glyphs: PlacedGlyph[] = [];
  let width = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    glyphs.push({ id: glyph.id, x: width + position.xOffset, y: position.yOffset });
    width += position.xAdvance;
  });
  return { width, glyphs, rtl };
}

/**
 * The words of a line from left to right. Left to right: as they come. Right to left: from the
 * line's end, except that a run of words that are not Arabic keeps its own order.
 */
function visualOrder(words: ShapedWord[], dir: 'ltr' | 'rtl'): ShapedWord[] {
  if (dir === 'ltr') return words;
  const runs: ShapedWord[][] = [];
  for (const word of words) {
    const last = runs[runs.length - 1];
    if (!word.rtl && last && !last[0]!.rtl) last.push(word);
    else runs.push([word]);
  }
  return runs.reverse().flat();
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
