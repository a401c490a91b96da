// East Asian Wide and Fullwidth ranges (UAX #11), the characters a CJK font sets in two columns.
const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** The width of a line in columns: two for a wide CJK character, one for any other. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** The number of leading white-space columns (a full-width space counts two). */
export function indentOf(text: string): number {
  const lead = /^[ \t\u3000]*/.exec(text)?.[0] ?? '';
  return displayWidth(lead.replace(/\t/g, '    '));
}
