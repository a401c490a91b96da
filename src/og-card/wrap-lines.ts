import type { Lang } from '../schemas/lang.ts';

/** The width of a run of text, in the units the wrapping is given its width in. */
export type MeasureText = (text: string) => number;

/** The title's wrapping: how wide a line may be and how many lines it may take. */
export interface WrapOptions {
  lang: Lang;
  maxWidth: number;
  maxLines: number;
  measure: MeasureText;
}

/** The text wrapped into lines, and whether it had to be cut (its last line then ends in an ellipsis). */
export interface WrappedText {
  lines: string[];
  truncated: boolean;
}

const ELLIPSIS = '…';
// Chinese punctuation that may not open a line, and that may not end one (the kinsoku rules): no break before the first, nor after the second.
const NO_LINE_START = new Set('，。、；：？！）》」』”’〉】…·'.split(''));
const NO_LINE_END = new Set('（《「『“‘〈【'.split(''));

/**
 * The pieces a line may break between. Chinese breaks between any two characters (but not before
 * closing punctuation nor after opening punctuation), other languages at spaces. Each piece keeps the space that follows it, so
 * that joining pieces gives the text back.
 */
export function breakPieces(text: string, lang: Lang): string[] {
  const normalised = text.replace(/\s+/g, ' ').trim();
  if (lang !== 'zh') return normalised.match(/\S+ ?/g) ?? [];
  const pieces: string[] = [];
  // Runs of Latin letters and digits (a symbol, "2030") stay whole, as a word would.
  for (const piece of normalised.match(/[A-Za-z0-9/.\-()]+ ?|\S ?| /g) ?? []) {
    const previous = pieces.length - 1;
    const glued = previous >= 0 && (NO_LINE_START.has(piece[0]!) || NO_LINE_END.has(pieces[previous]!.slice(-1)));
    if (glued) pieces[previous] += piece;
    else pieces.push(piece);
  }
  return pieces;
}

/**
 * Wraps a text by measured width into at most `maxLines` lines. A text longer than that ends its
 * last line in an ellipsis, cut where the ellipsis fits; a piece wider than a line on its own
 * (a long word) is cut between characters.
 */
export function wrapLines(text: string, options: WrapOptions): WrappedText {
  const { maxWidth, maxLines, measure } = options;
  const fits = (line: string) => measure(line.trimEnd()) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const pieces = breakPieces(text, options.lang);
  for (let i = 0; i < pieces.length; i++) {
    // A piece is left and the lines are all taken: the text is cut.
    if (lines.length === maxLines) return { lines: withEllipsis(lines, fits), truncated: true };
    const piece = pieces[i]!;
    if (fits(line + piece)) {
      line += piece;
      continue;
    }
    if (line === '') {
      // A piece wider than a whole line: as many of its characters as fit, the rest goes on.
      const head = longestFittingPrefix(piece, fits);
      lines.push(head.trimEnd());
      if (head.length < piece.length) pieces.splice(i + 1, 0, piece.slice(head.length));
    } else {
      lines.push(line.trimEnd());
      line = '';
      i--;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length > maxLines) return { lines: withEllipsis(lines.slice(0, maxLines), fits), truncated: true };
  return { lines, truncated: false };
}

function longestFittingPrefix(text: string, fits: (line: string) => boolean): string {
  const chars = Array.from(text);
  let count = chars.length;
  while (count > 1 && !fits(chars.slice(0, count).join(''))) count--;
  return chars.slice(0, count).join('');
}

// The last line, shortened until "…" fits after it: by whole words where the language has
// spaces, else (or for a lone long word) by characters; spaces and punctuation before the ellipsis go.
function withEllipsis(lines: string[], fits: (line: string) => boolean): string[] {
  const bare = (text: string) => text.replace(/[\s,.;:،؛，、；：。]+$/u, '');
  let last = lines[lines.length - 1]!;
  while (!fits(bare(last) + ELLIPSIS) && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  const chars = Array.from(last);
  while (chars.length > 0 && !fits(bare(chars.join('')) + ELLIPSIS)) chars.pop();
  return [...lines.slice(0, -1), bare(chars.join('')) + ELLIPSIS];
}
