import { NUMBER } from './resolution-number.ts';
import { OTHER_BODY_EN, namesOtherBody } from './other-body.ts';
import { follows } from './follows.ts';
import { pinpoint } from './pinpoint.ts';
import { scanWords, type WordGrammar } from './scan-words.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * English citations: "resolution 2014/27", "Council resolution 2014/27 of 16 July 2014",
 * "resolution 2014/27, paragraph 57", "paragraph 57 of its resolution 2014/27",
 * "paragraphs 42 (a) and (b) of resolution 69/313", "decision 2015/237", and lists:
 * "resolutions 60/252 and 68/302", "resolutions 2006/46 of 28 July 2006 and 2014/27".
 * The organ's name is not part of the link text.
 */
const DATE = String.raw`,?\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4}`;
/** A title or subject between two items of a list: ", entitled “…”", " on …". */
const TITLE = String.raw`(?:,?\s+(?:entitled\s+“[^”]{1,400}”|on\s+[^;:“”]{1,200}?))`;
const PARA = pinpoint('paragraphs?', 'and|to');
const ORGAN = String.raw`(?:its|the|General\s+Assembly|Economic\s+and\s+Social\s+Council|Council|Assembly)`;

const after = follows(OTHER_BODY_EN);

const EN: WordGrammar = {
  start: new RegExp(String.raw`(?<![\p{L}\p{N}])([Rr]esolutions?|[Dd]ecisions?)\s+(${NUMBER})`, 'gu'),
  decision: /^[Dd]/,
  next: new RegExp(String.raw`(?:${DATE})?${TITLE}?(?:,\s*annex)?(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(${NUMBER})`, 'yu'),
  paraBefore: new RegExp(String.raw`(?<![\p{L}])${PARA}\s+of\s+(?:${ORGAN}\s+)*$`, 'u'),
  date: new RegExp(DATE, 'yu'),
  paraAfter: new RegExp(String.raw`(?:${DATE})?,?\s+${PARA}`, 'yu'),
  otherBody: (text, start, end) => namesOtherBody(text, start, false) || after(text, start, end),
};

/** Every resolution or decision number cited in English `text`, whatever its organ. */
export function scanEn(text: string): PrintedResolution[] {
  return scanWords(text, EN);
}
