/**
 * Pinpoints: "paragraph 57", "paragraphs 42 (a) and (b)", "paragraphes 3 et 4",
 * "párrafos 42 a) y b)", "пункты 42 (a) и (b)", "الفقرتين 42 (أ) و (ب)". The citation's `para` is the number of
 * the first paragraph cited ("42"): the anchor `para-42` exists in every language,
 * while a sub-paragraph's label does not tell its position reliably across languages.
 */

/** A printed sub-paragraph label: "(a)", "(ii)", "a)" (Spanish, French), "(أ)". */
const SUB = String.raw`\s?\(?(?:[a-zа-я]{1,4}|[\u0621-\u064A]{1,2})\)`;

/**
 * Regex source of a pinpoint: `word` (a regex source: "paragraphs?"), the first
 * number as group 1, then sub-paragraphs and further numbers joined by `,` or `conj`
 * (a regex source: "and|to").
 */
export function pinpoint(word: string, conj: string): string {
  return String.raw`(?:${word})\s+(\d{1,3})(?:${SUB})*(?:\s*(?:,|\s(?:${conj}))\s*(?:\d{1,3}(?:${SUB})*|${SUB}))*`;
}
