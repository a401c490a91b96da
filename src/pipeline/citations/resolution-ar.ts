import { NUMBER } from './resolution-number.ts';
import { OTHER_BODY_AR } from './other-body.ts';
import { follows } from './follows.ts';
import { pinpoint } from './pinpoint.ts';
import { scanWords, type WordGrammar } from './scan-words.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * Arabic citations, with their clitics (و ل ب ال, ه ها, dual ين/ي, plural ات):
 * "قراره 2022/15 المؤرخ 21 تموز/يوليه 2022", "قرار الجمعية العامة 70/1",
 * "الفقرة 57 من القرار 2014/27", "مقرره 2023/201", "القرارين 2021/28 و 2022/15",
 * "قرار الجمعية العامة 1514 (د-15)". The organ stands between the word and the number
 * and is part of the link text; only the GA and ECOSOC may stand there.
 */
const DATE = String.raw`[،,]?\s+المؤرخ\p{L}*\s+\d{1,2}\s+\p{L}+(?:\s\p{L}+)?\/\s?\p{L}+\s+\d{4}`;
/** A title or subject between two items of a list: "، المعنون ”…“", " بشأن …". */
const TITLE = String.raw`(?:[،,]?\s+(?:المعنون\p{L}*\s+[”“"][^”“"]{1,400}[”“"]|بشأن\s+[^؛:”“]{1,200}?))`;
const ORGAN = String.raw`(?:الجمعية(?:\s+العامة)?|المجلس(?:\s+الاقتصادي\s+والاجتماعي)?)`;
const WORD = String.raw`[وف]?[بل]?(?:ال|ل)?(?:قرار|مقرر)(?:ات)?(?:ين|ي|ا)?(?:ه|ها|هما|هم)?[\u064B-\u0652]?`;
const PARA = pinpoint('[بو]?(?:ال)?فقر(?:ة|تين|تان|ات)', 'و|إلى');

const AR: WordGrammar = {
  start: new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORD})\s+(?:${ORGAN}\s+)?(${NUMBER})`, 'gu'),
  decision: /مقرر/,
  next: new RegExp(String.raw`(?:${DATE})?${TITLE}?(?:[،,]\s*المرفق)?(?:\s*[،,]\s*(?:و\s*)?|\s+و\s*)(${NUMBER})`, 'yu'),
  paraBefore: new RegExp(String.raw`(?<!\p{L})${PARA}\s+من\s+$`, 'u'),
  date: new RegExp(DATE, 'yu'),
  paraAfter: new RegExp(String.raw`(?:${DATE})?[،,]?\s+${PARA}`, 'yu'),
  otherBody: follows(OTHER_BODY_AR),
};

/** Every resolution or decision number cited in Arabic `text`, whatever its organ. */
export function scanAr(text: string): PrintedResolution[] {
  return scanWords(text, AR);
}
