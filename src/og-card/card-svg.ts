import { CARD_HEIGHT, CARD_WIDTH, FOOTER_TOP, type CardLayout, type PlacedLine } from './card-layout.ts';

/** Draws a placed line as SVG markup: as `<text>` (textPainter) or as the outlines of its glyphs (the build's, scripts/og-cards/). */
export type PaintLine = (line: PlacedLine, layout: CardLayout) => string;

/** Text escaped for SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A line as an SVG `<text>` element, for a renderer that has the fonts (and for reading the layout in tests). */
export const textPainter: PaintLine = (line, layout) =>
  `<text x="${line.x}" y="${line.y}" font-size="${line.size}"${line.weight === 'bold' ? ' font-weight="bold"' : ''} fill="${line.fill}" text-anchor="${line.anchor}" direction="${line.dir}" xml:lang="${layout.lang}">${escapeXml(line.text)}</text>`;

/**
 * The card as an SVG document: white, with the UN blue band across its top (#009edb, as the
 * static cards have it), a light band at its foot, and the lines as `paint` draws them.
 */
export function cardSvg(layout: CardLayout, paint: PaintLine): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="${CARD_WIDTH}" height="24" fill="#009edb"/>`,
    `<rect y="${FOOTER_TOP}" width="${CARD_WIDTH}" height="${CARD_HEIGHT - FOOTER_TOP}" fill="#f0f4f7"/>`,
    ...layout.lines.map((line) => paint(line, layout)),
    '</svg>',
    '',
  ].join('\n');
}
