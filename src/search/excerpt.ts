import type { TextRange } from './match-text.ts';

/** A piece of an excerpt: text, marked (a match) or not. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A window of the text around its first marked range, at most `length` characters (UTF-16
 * units), with the ranges inside it marked; an ellipsis where the text is cut. A text shorter
 * than the window is given whole.
 */
export function excerpt(text: string, marks: readonly TextRange[], length: number): ExcerptPart[] {
  const first = marks[0]?.[0] ?? 0;
  let start = text.length <= length ? 0 : Math.max(0, Math.min(first - Math.floor(length / 4), text.length - length));
  // Not in the middle of a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
  const end = Math.min(text.length, start + length);
  const parts: ExcerptPart[] = [];
  const push = (from: number, to: number, mark: boolean) => {
    if (to > from) parts.push({ text: text.slice(from, to), mark });
  };
  let at = start;
  for (const [from, to] of marks) {
    if (to <= start || from >= end) continue;
    push(at, Math.max(at, from), false);
    push(Math.max(at, from), Math.min(to, end), true);
    at = Math.min(to, end);
  }
  push(at, end, false);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
