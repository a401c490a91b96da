import { letterId } from '../../pipeline/text/positional-ids.ts';
import type { Lang } from '../../schemas/lang.ts';

/**
 * The printed label of a paragraph or item (`<num>`) from the model's `num`, as the UN
 * prints it: "12." for a paragraph ("12 -" in Arabic), "(a)" for a sub-paragraph, "(ii)" for an item, "а)" in
 * Russian, "(أ)" in Arabic, "㈠" and "(十一)" in Chinese.
 *
 * One case is printed bare: a sub-paragraph (depth 1) after others whose label reads as a
 * roman numeral without continuing the letters ("(iv)" after "(a)"): printed "(iv)", it
 * would be read as an item of the sub-paragraph before it, as the UN's files often set
 * items; bare, it stays where the model has it.
 */
export function printedLabel(num: string, depth: number, position: number, lang: Lang = 'en'): string {
  if (/^\d+$/.test(num)) return lang === 'ar' ? `${num} -` : `${num}.`;
  if (/^[a-z]{1,2}$/.test(num) || /^[ivxlc]{1,7}$/.test(num)) {
    if (depth === 1 && position > 1 && /^[ivxlc]{1,7}$/.test(num) && num !== letterId(position)) return num;
    return `(${num})`;
  }
  if (/^[а-я]$/.test(num)) return `${num})`;
  if (/^[\u0621-\u064A]\u0640?$/.test(num)) return `(${num})`;
  if (/^[\u3220-\u3229]$/.test(num)) return num;
  if (/^[一二三四五六七八九十]{1,3}$/.test(num)) return `(${num})`;
  return num;
}
