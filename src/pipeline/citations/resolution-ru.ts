import { NUMBER } from './resolution-number.ts';
import { OTHER_BODY_RU } from './other-body.ts';
import { follows } from './follows.ts';
import { pinpoint } from './pinpoint.ts';
import { scanWords, type WordGrammar } from './scan-words.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * Russian citations, in every case of the word: "свою резолюцию 2022/15 от 21 июля
 * 2022 года", "резолюцию 70/1 Генеральной Ассамблеи", "резолюции Генеральной Ассамблеи
 * 1514 (XV) … и 1541 (XV)", "пункт 57 резолюции 2014/27", "решение 2023/201",
 * "резолюции 2021/28 и 2022/15". "Совета по правам человека" after the number marks
 * another body.
 */
const DATE = String.raw`,?\s+от\s+\d{1,2}\s+\p{L}+\s+\d{4}\s+года`;
/** A title or subject between two items of a list: ", озаглавленную «…»", " о …". */
const TITLE = String.raw`(?:,?\s+(?:(?:озаглавленн\p{L}*\s+)?«[^»]{1,400}»|(?:о|об)\s+[^;:«»]{1,200}?))`;
const ORGAN = String.raw`(?:Генеральной\s+Ассамблеи|Ассамблеи|Экономического\s+и\s+Социального\s+Совета|Совета)`;
const PARA = pinpoint('[Пп]ункт\\p{L}*', 'и|по');

const RU: WordGrammar = {
  start: new RegExp(String.raw`(?<![\p{L}\p{N}])([Рр]езолюци\p{L}*|[Рр]ешени\p{L}*)\s+(?:${ORGAN}\s+)?(${NUMBER})`, 'gu'),
  decision: /^[Рр]еш/,
  next: new RegExp(String.raw`(?:${DATE})?${TITLE}?(?:,\s*приложение)?(?:\s*,\s*(?:и\s+)?|,?\s+и\s+)(${NUMBER})`, 'yu'),
  paraBefore: new RegExp(String.raw`(?<!\p{L})${PARA}\s+(?:(?:своей|ее|её|его|их|этой)\s+)?$`, 'u'),
  date: new RegExp(DATE, 'yu'),
  paraAfter: new RegExp(String.raw`(?:${DATE})?,?\s+${PARA}`, 'yu'),
  otherBody: follows(OTHER_BODY_RU),
};

/** Every resolution or decision number cited in Russian `text`, whatever its organ. */
export function scanRu(text: string): PrintedResolution[] {
  return scanWords(text, RU);
}
