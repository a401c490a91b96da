import { NUMBER, namesOtherBody } from './resolution-number.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * English resolution citations: "resolution 2014/27", "Council resolution 2014/27 of
 * 16 July 2014", "resolution 2014/27, paragraph 57", "paragraph 57 of its resolution
 * 2014/27", and lists: "resolutions 60/252 and 68/302", "resolutions 2006/46 of 28 July
 * 2006 and 2014/27". The organ's name is not part of the link text; in a list the first
 * link text takes the word "resolutions", the others are the bare numbers.
 */
const MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE = String.raw`(?:,?\s+of\s+\d{1,2}\s+(?:${MONTH})\s+\d{4})`;
const START = new RegExp(String.raw`\b([Rr]esolution(s?))\s+(${NUMBER})`, 'g');
const NEXT = new RegExp(String.raw`${DATE}?(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(${NUMBER})`, 'y');
const PARA_AFTER = new RegExp(String.raw`${DATE}?,?\s+paragraph\s+(\d+)\b(?!\s*\()`, 'y');
const PARA_BEFORE =
  /\bparagraph\s+(\d+)\s+of\s+(?:(?:its|the|General\s+Assembly|Economic\s+and\s+Social\s+Council|Council|Assembly)\s+)*$/;

/** Every resolution number cited in English `text`, whatever its organ. */
export function scanEn(text: string): PrintedResolution[] {
  const found: PrintedResolution[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const first: PrintedResolution = { start: m.index, end: START.lastIndex, number: m[3] ?? '' };
    const items = [first];
    if (m[2] === 's') {
      for (NEXT.lastIndex = START.lastIndex; ; NEXT.lastIndex = START.lastIndex) {
        const n = NEXT.exec(text);
        if (n === null) break;
        START.lastIndex = NEXT.lastIndex;
        const number = n[1] ?? '';
        items.push({ start: NEXT.lastIndex - number.length, end: NEXT.lastIndex, number });
      }
    } else {
      const before = PARA_BEFORE.exec(text.slice(Math.max(0, m.index - 120), m.index));
      PARA_AFTER.lastIndex = first.end;
      const after = before === null ? PARA_AFTER.exec(text) : null;
      if (before !== null) {
        first.start = m.index - before[0].length;
        first.para = before[1];
      } else if (after !== null) {
        first.end = START.lastIndex = PARA_AFTER.lastIndex;
        first.para = after[1];
      }
    }
    if (!namesOtherBody(text, m.index, false)) found.push(...items);
  }
  return found;
}
