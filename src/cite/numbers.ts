/** Numerals and ordinals the citation forms need, as the UN prints them. */

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

/** Upper-case roman numeral of a positive integer below 4000: 2 → "II" (annex II). */
export function roman(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 3999) throw new RangeError(`no roman numeral for ${n}`);
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const ZH_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Chinese numeral of a positive integer below 100, as in 附件二 and 序言部分第十二段:
 * 10 → 十, 12 → 十二, 20 → 二十, 21 → 二十一. Larger numbers are given in digits.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n >= 100) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return ZH_DIGITS[ones] as string;
  return `${tens === 1 ? '' : ZH_DIGITS[tens]}十${ZH_DIGITS[ones]}`;
}

const EN_ORDINALS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth',
];
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/**
 * English ordinal in words below 100 ("third", "twenty-first", "fortieth"), as the UN
 * writes "the third preambular paragraph"; from 100 on, digits with a suffix ("101st").
 */
export function englishOrdinal(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`no ordinal for ${n}`);
  if (n >= 100) {
    const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  }
  if (n < 20) return EN_ORDINALS[n] as string;
  const tens = EN_TENS[Math.floor(n / 10)] as string;
  const ones = n % 10;
  return ones === 0 ? `${tens.slice(0, -1)}ieth` : `${tens}-${EN_ORDINALS[ones]}`;
}
