import { isCjk } from '../text/join-text.ts';

/** XML white space and its kin; no-break spaces stay, since the UN sets them on purpose (« 5 »). */
const SPACE_RUN = /[ \t\r\n\f\v\u2028\u2029]+/g;
/** A footnote-mark placeholder (see ../text/footnote-mark.ts). */
const MARK = '\uFDD0\\d+\uFDD1';
/** Invisible marks Word leaves in the UN's files: zero-width space, left-to-right and right-to-left marks. */
const INVISIBLE = /[\u200B\u200E\u200F]/g;
const SPACE_BEFORE_MARK = new RegExp(` (?=${MARK})`, 'g');
/**
 * The brackets the Arabic files print around a footnote number, split over plain text and
 * `<sup>` elements on either side of the note: "(" mark ")", "()" mark, mark "()".
 */
const MARK_BRACKETS = [new RegExp(`\\(+ ?(${MARK}) ?\\)+`, 'g'), new RegExp(`\\( ?\\) ?(${MARK})`, 'g'), new RegExp(`(${MARK}) ?\\( ?\\)`, 'g')];
/** Empty brackets are a marker whose note the file lost ("…على الصعيد العالمي()"): never words. */
const EMPTY_BRACKETS = / ?\( ?\)/g;

/**
 * Joins the text of a paragraph with the document's own spacing: runs of white space become
 * one space, invisible marks go, none is left before a footnote mark or between two CJK characters (marks
 * between them do not count), the Arabic marker brackets go, the ends are trimmed, and the result is in NFC.
 */
export function normaliseSpace(text: string): string {
  let out = text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').replace(SPACE_BEFORE_MARK, '');
  for (const brackets of MARK_BRACKETS) out = out.replace(brackets, '$1');
  out = out.replace(EMPTY_BRACKETS, '');
  // NFC again: the file was normalised before parsing, but a character reference or an escaped
  // "&lt;" before a combining mark ("&lt;\u0338", "&#x65;&#x301;") only composes once decoded.
  return dropSpacesBetweenCjk(out).trim().normalize('NFC');
}

function dropSpacesBetweenCjk(text: string): string {
  if (!text.includes(' ')) return text;
  const chars = [...text];
  const visible = (from: number, step: 1 | -1): string | undefined => {
    let i = from;
    while (i >= 0 && i < chars.length) {
      const c = chars[i] as string;
      if (c === '\uFDD0') while (i < chars.length && chars[i] !== '\uFDD1') i++;
      else if (c === '\uFDD1') while (i >= 0 && chars[i] !== '\uFDD0') i--;
      else if (c !== ' ') return c;
      i += step;
    }
    return undefined;
  };
  return chars.filter((c, i) => c !== ' ' || !(isCjk(visible(i - 1, -1)) && isCjk(visible(i + 1, 1)))).join('');
}
