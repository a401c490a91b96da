/**
 * Sub-paragraph ids count position, not the printed label (CONTRACT.md), so the third
 * sub-paragraph is "c" in every language, and its second item "ii".
 */

/** The positional letter of the n-th sub-paragraph (1-based): a…z, then aa, bb… as the UN letters them. */
export function letterId(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** The positional roman numeral of the n-th item (1-based), lower case. */
export function romanId(n: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = n;
  let out = '';
  for (const [value, numeral] of numerals) {
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  }
  return out;
}

// The orders in which the UN letters sub-paragraphs in Russian and Arabic (Arabic in abjad order).
const CYRILLIC = ['а', 'б', 'в', 'г', 'д', 'е', 'ж', 'з', 'и', 'к', 'л', 'м', 'н', 'о', 'п', 'р', 'с', 'т', 'у', 'ф', 'х', 'ц', 'ч', 'ш', 'щ', 'э', 'ю', 'я'];
const ABJAD = ['أ', 'ب', 'ج', 'د', 'هـ', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق', 'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ'];

/** The letter printed for the n-th sub-paragraph in the alphabet `sample` is written in, or null past its end. */
export function printedLetter(n: number, sample: string): string | null {
  if (/[\u0400-\u04ff]/.test(sample)) return CYRILLIC[n - 1] ?? null;
  if (/[\u0600-\u06ff]/.test(sample)) return ABJAD[n - 1] ?? null;
  return letterId(n);
}

/**
 * The position (1-based) of a printed sub-paragraph letter in its alphabet, the inverse of
 * `printedLetter`: "c", "(в)" and "(ج)" are all 3; null for what is no letter. Arabic's "ه" is
 * printed with or without its tatweel ("هـ").
 */
export function letterPosition(letter: string): number | null {
  const bare = letter.replace(/\u0640/g, '');
  if (/^[a-z]$/.test(bare)) return bare.charCodeAt(0) - 96;
  const cyrillic = CYRILLIC.indexOf(bare);
  if (cyrillic >= 0) return cyrillic + 1;
  const abjad = ABJAD.findIndex((printed) => printed.replace(/\u0640/g, '') === bare);
  return abjad >= 0 ? abjad + 1 : null;
}
