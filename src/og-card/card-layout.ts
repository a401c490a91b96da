import type { CardContent } from './card-content.ts';
import { wrapLines } from './wrap-lines.ts';

/** The card's size in pixels: what Open Graph and Twitter show best (1.91:1). */
export const CARD_WIDTH = 1200;
/** The card's height in pixels. */
export const CARD_HEIGHT = 630;

/** How a line of the card is drawn. */
export interface TextStyle {
  size: number;
  weight: 'regular' | 'bold';
  fill: string;
}

/** One line of the card, placed: `x` is where it starts (left-to-right) or ends (right-to-left), `y` its baseline. */
export interface PlacedLine extends TextStyle {
  text: string;
  x: number;
  y: number;
  dir: 'ltr' | 'rtl';
  /** `start` for left-to-right lines (left edge at x), `end` for right-to-left ones (right edge at x). */
  anchor: 'start' | 'end';
}

/** The width of a line of text in a style, in pixels. */
export type MeasureLine = (text: string, style: TextStyle) => number;

/** Every line of the card, placed on it. */
export interface CardLayout {
  lang: CardContent['lang'];
  dir: CardContent['dir'];
  lines: PlacedLine[];
}

const MARGIN = 90;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;
// The UN's colours as the static cards (scripts/og-cards/) use them: a dark UN blue for the masthead, near-black text.
const MASTHEAD: TextStyle = { size: 28, weight: 'regular', fill: '#0b5a8a' };
const SYMBOL: TextStyle = { size: 64, weight: 'bold', fill: '#111111' };
const DATE: TextStyle = { size: 28, weight: 'regular', fill: '#444444' };
const ARCHIVE: TextStyle = { size: 26, weight: 'regular', fill: '#555555' };
// The title at its largest size if it fits in three lines, else smaller over four, cut with an ellipsis past that.
const TITLE_SIZES = [
  { style: { size: 44, weight: 'bold', fill: '#111111' }, lineHeight: 58, maxLines: 3 },
  { style: { size: 36, weight: 'bold', fill: '#111111' }, lineHeight: 48, maxLines: 4 },
] as const satisfies readonly { style: TextStyle; lineHeight: number; maxLines: number }[];

/** Baselines of the card's fixed lines, and of the title's first line. */
export const CARD_BASELINES = { masthead: 92, symbol: 178, title: 262, adopted: 500, archive: 598 } as const;
/** Where the band at the card's foot starts (it holds the archive's name). */
export const FOOTER_TOP = 548;

/**
 * Places every line of a card: masthead, symbol, the title wrapped by measured width (Chinese
 * between any characters, others at spaces), the adoption date and the archive's name; aligned
 * to the left edge, or to the right one in Arabic. A one-line item too wide for the card is made
 * smaller, then cut with an ellipsis.
 */
export function layoutCard(content: CardContent, measure: MeasureLine): CardLayout {
  const rtl = content.dir === 'rtl';
  const place = (text: string, style: TextStyle, y: number, dir = content.dir): PlacedLine => ({
    ...style,
    text,
    x: rtl ? CARD_WIDTH - MARGIN : MARGIN,
    y,
    dir,
    anchor: rtl ? 'end' : 'start',
  });
  // A one-line item too wide for the card gets smaller, by up to a quarter, before it is cut.
  const oneLine = (text: string, style: TextStyle, y: number, dir = content.dir): PlacedLine => {
    let fitted = style;
    while (measure(text, fitted) > TEXT_WIDTH && fitted.size - 2 >= style.size * 0.75) fitted = { ...fitted, size: fitted.size - 2 };
    const wrapped = wrapLines(text, { lang: content.lang, maxWidth: TEXT_WIDTH, maxLines: 1, measure: (line) => measure(line, fitted) });
    return place(wrapped.lines[0] ?? '', fitted, y, dir);
  };
  const lines = [oneLine(content.masthead, MASTHEAD, CARD_BASELINES.masthead)];
  // A symbol reads left to right in every language, Arabic included (it is placed at the right edge there).
  lines.push(oneLine(content.symbol, SYMBOL, CARD_BASELINES.symbol, 'ltr'));
  const title = titleLines(content, measure);
  title.lines.forEach((text, i) => lines.push(place(text, title.style, CARD_BASELINES.title + i * title.lineHeight)));
  if (content.adopted) lines.push(oneLine(content.adopted, DATE, CARD_BASELINES.adopted));
  lines.push(oneLine(content.archive, ARCHIVE, CARD_BASELINES.archive));
  return { lang: content.lang, dir: content.dir, lines };
}

function titleLines(content: CardContent, measure: MeasureLine): { lines: string[]; style: TextStyle; lineHeight: number } {
  for (const [i, size] of TITLE_SIZES.entries()) {
    const wrapped = wrapLines(content.title, { lang: content.lang, maxWidth: TEXT_WIDTH, maxLines: size.maxLines, measure: (line) => measure(line, size.style) });
    if (!wrapped.truncated || i === TITLE_SIZES.length - 1) return { lines: wrapped.lines, style: size.style, lineHeight: size.lineHeight };
  }
  throw new Error('unreachable: TITLE_SIZES is not empty');
}
