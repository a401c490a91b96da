/*
 * Chinese search terms: one term per character, so that any run of characters a reader copies
 * from a paragraph finds it, as Ctrl-F would. Pagefind indexes whole words, and its word
 * segmentation of Chinese differs between the index (Rust) and the query (Intl.Segmenter): a
 * fragment that starts or ends inside a word (区域的区, 到多利益) found nothing (issue 6). So the
 * archive gives Pagefind words of its own making, the same on both sides:
 *
 * - a run of characters between white space (Han characters, Latin letters, digits, punctuation)
 *   becomes one term per character: the character with the next one (a bigram), the run's last
 *   character alone. 理事会， → 理事 事会 会， ，.
 * - a query is cut the same way, less each run's last character alone (queryCharacterTerms):
 *   区域的区 → 区域 域的 的区, which stand at consecutive positions in 区域的区别 as in 区域的区。
 *   A query of one character is that character alone, which Pagefind matches as the start of
 *   the text's terms (区 → 区别, 区域…). Consecutive terms stand at consecutive positions, which is how the ranking
 *   (phrase-rank.ts) tells the exact run from scattered characters.
 *
 * Each term is written in lower-case Latin letters (four per character, the code point in base 26)
 * so that neither Pagefind's segmenter at indexing nor the browser's at query time can split it.
 */

const LETTERS_PER_CHARACTER = 4;
const A = 'a'.charCodeAt(0);
/**
 * A character of a run: anything but white space. Punctuation counts, so that "成员。" finds the
 * paragraph that ends so before the hundreds where 成员 goes on: as Ctrl-F finds it.
 */
const RUN_CHARACTER = /\S/u;

/** The code point of one character as four lower-case letters (26⁴ = 456,976 covers every CJK block). */
export function encodeCharacter(character: string): string {
  let n = character.codePointAt(0) ?? 0;
  let out = '';
  for (let i = 0; i < LETTERS_PER_CHARACTER; i++) {
    out = String.fromCharCode(A + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A character as the terms see it: letters and digits in lower case, their full-width forms as
 * ASCII (Ｆ２ → f2); punctuation as printed, so that the terms of a paragraph give its text back
 * (decodeCharacterTerms) and a Chinese comma stays one.
 */
export function foldCharacter(character: string): string {
  let folded = FOLDED.get(character);
  if (folded === undefined) {
    folded = LETTER_OR_DIGIT.test(character) ? character.normalize('NFKC').toLowerCase() : character;
    FOLDED.set(character, folded);
  }
  return folded;
}

/** Characters already folded: a resolution repeats a few thousand, and NFKC per character was most of the time spent making Chinese records. */
const FOLDED = new Map<string, string>();

/** Runs of characters between white space, each as an array of characters (code points). */
function runsOf(text: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const character of [...text].map(foldCharacter).join('')) {
    if (RUN_CHARACTER.test(character)) run.push(character);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The terms of a text: per run of characters between white space, each character with the next, the last alone. */
export function characterTerms(text: string): string[] {
  return runsOf(text).flatMap(runTerms);
}

/**
 * The terms of a query: as characterTerms, without a run's last character alone where the run
 * has two or more: its pair with the one before already asks for it. A query ending inside a
 * run of the text then needs no prefix match, which Pagefind does only among the words of the
 * index chunk it loaded for the prefix (181号决议 missed the 决议， of 第76/181号决议，附件 so).
 */
export function queryCharacterTerms(query: string): string[] {
  return runsOf(query).flatMap((run) => (run.length > 1 ? runTerms(run).slice(0, -1) : runTerms(run)));
}

function runTerms(run: readonly string[]): string[] {
  return run.map((character, i) => encodeCharacter(character) + (i + 1 < run.length ? encodeCharacter(run[i + 1]!) : ''));
}

/**
 * The text a paragraph's terms stand for: each run's characters (every term's first, the last
 * term's alone), runs one space apart. The text as printed wherever its letters are lower-case
 * and its digits ASCII: search-records.ts then leaves the text out of the record and the browser
 * reads it back from the terms, which halves a Chinese record.
 */
export function decodeCharacterTerms(terms: readonly string[]): string {
  let out = '';
  for (const term of terms) {
    out += decodeCharacter(term.slice(0, LETTERS_PER_CHARACTER));
    if (term.length === LETTERS_PER_CHARACTER) out += ' ';
  }
  return out.trimEnd();
}

/** One character back from its four letters. */
function decodeCharacter(letters: string): string {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - A);
  return String.fromCodePoint(n);
}
