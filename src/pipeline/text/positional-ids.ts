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
