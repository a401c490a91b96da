/**
 * Resolution numbers as printed after "第" or "resolution", and how each one maps to
 * its organ's symbol: "2014/27" (a year) is ECOSOC, "69/204" (a session) is the GA.
 */

/** Regex source of one printed resolution number: "2014/27", "69/204", "S-27/2", "ES-10/19". */
export const NUMBER = String.raw`(?:E?S-)?\d{1,4}\/\d{1,4}(?![\d/]|\.\d)`;

const ECOSOC_NUMBER = /^(\d{4})\/[1-9]\d{0,3}$/;
const GA_NUMBER = /^(?:E?S-)?[1-9]\d{0,2}\/[1-9]\d{0,3}$/;

/** Maps a printed number to an ECOSOC resolution symbol ("2014/27" → "E/RES/2014/27"), or null. */
export function ecosocTarget(number: string): string | null {
  const year = Number(ECOSOC_NUMBER.exec(number)?.[1]);
  return year >= 1946 && year <= 2100 ? `E/RES/${number}` : null;
}

/** Maps a printed number to a GA resolution symbol ("69/204" → "A/RES/69/204"), or null. */
export function gaTarget(number: string): string | null {
  return GA_NUMBER.test(number) ? `A/RES/${number}` : null;
}

/**
 * Bodies other than the GA and ECOSOC that number their resolutions the same way
 * (Human Rights Council 24/7, Commission on Narcotic Drugs 58/1, UNEA 4/1…), as
 * printed just before the citation; an optional date may stand in between in Chinese.
 */
const OTHER_BODY_ZH =
  /(?:人权理事会|安全理事会|安理会|委员会|执行局|执行理事会|管理理事会|理事机构|缔约方大会|缔约国大会|环境大会|人居大会|卫生大会|会议)\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?$/;
/** A run of capitalised words (with "of", "on"… between them) just before "resolution". */
const TITLE_RUN_EN =
  /(?:[A-Z][\w’'-]*\s+)(?:(?:(?:of|on|and|for|the|to|against|in)\s+)*[A-Z][\w’'-]*\s+)*$/;
const OTHER_BODY_EN =
  /\b(?:Commission|Committee|Board|Conference|Human Rights Council|Security Council|Governing Council|Parties|Executive|Environment Assembly|Health Assembly|Habitat Assembly)\b/;

/** True when the text just before `start` names a body other than the GA or ECOSOC. */
export function namesOtherBody(text: string, start: number, zh: boolean): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  if (zh) return OTHER_BODY_ZH.test(before);
  const run = TITLE_RUN_EN.exec(before);
  return run !== null && OTHER_BODY_EN.test(run[0]);
}
