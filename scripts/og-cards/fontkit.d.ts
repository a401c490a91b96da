// The part of fontkit 2 (which ships no types) that the share cards use: open a font or a
// collection, shape a word, read a glyph's advance and outline.
declare module 'fontkit' {
  /** A glyph's outline. */
  export interface Path {
    /** The outline as SVG path data, in font units with y pointing up. */
    toSVG(): string;
  }
  /** One glyph of a font. */
  export interface Glyph {
    id: number;
    advanceWidth: number;
    path: Path;
  }
  /** Where a shaped glyph goes, relative to the pen, in font units. */
  export interface GlyphPosition {
    xAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  /** The result of shaping: glyphs in visual order and their positions. */
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    advanceWidth: number;
  }
  /** One font face. */
  export interface Font {
    type: string;
    postscriptName: string;
    unitsPerEm: number;
    layout(text: string, features?: string[], script?: string, language?: string, direction?: 'ltr' | 'rtl'): GlyphRun;
    glyphForCodePoint(codePoint: number): Glyph;
    getGlyph(id: number): Glyph;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  /** A TrueType/OpenType collection (.ttc): several faces in one file. */
  export interface FontCollection {
    type: 'TTC' | 'DFont';
    fonts: Font[];
    getFont(postscriptName: string): Font | null;
  }
  /** Opens a font file (or one face of a collection, by its PostScript name). */
  export function openSync(path: string, postscriptName?: string): Font | FontCollection;
}
