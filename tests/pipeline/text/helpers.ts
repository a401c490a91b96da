import { readFileSync } from 'node:fs';
import { markPlaceholder } from '../../../src/pipeline/text/footnote-mark.ts';
import { toSourceLines, type SourceLine } from '../../../src/pipeline/text/source-line.ts';

/** The seed resolution E/RES/2015/26 in Chinese, as extracted from the UN's PDF. */
export const SEED_FILE = 'content/E-RES-2015-26.zh.txt';
export const seedBytes: Uint8Array = readFileSync(new URL('../../../content/E-RES-2015-26.zh.txt', import.meta.url));
export const seedText: string = new TextDecoder().decode(seedBytes);
const seedRows = seedText.split('\n');

/** Seed lines `from`..`to` (1-based, inclusive), exactly as printed: leading spaces, blank lines and all. */
export function seedLines(from: number, to: number): string[] {
  return seedRows.slice(from - 1, to);
}

/**
 * Seed lines `from`..`to` as a text in which every line keeps its line number in the seed
 * file (the lines above are left blank), so warnings can be checked against the real file.
 */
export function seedAt(from: number, to: number): string {
  return '\n'.repeat(from - 1) + seedLines(from, to).join('\n');
}

/** Source lines of a text, the way the importer numbers them. */
export function sourceLines(text: string): SourceLine[] {
  return toSourceLines(text);
}

/** A text with footnote placeholders written as "[^n]", for readable expectations. */
export function showMarks(text: string): string {
  return text.replace(/\uFDD0(\d+)\uFDD1/g, '[^$1]');
}

/** A text with "[^n]" written as the importer's footnote placeholders. */
export function withMarks(text: string): string {
  return text.replace(/\[\^(\d+)\]/g, (_, n: string) => markPlaceholder(Number(n)));
}

/** The line of spaces that the PDF extraction leaves where the rule above a page's footnotes was. */
export const SEPARATOR = ' '.repeat(59);

/**
 * Only the seed lines in `ranges` (inclusive), every other line left blank, so that each
 * kept line has its line number in the seed file.
 */
export function seedOnly(...ranges: [from: number, to: number][]): string {
  const last = Math.max(...ranges.map(([, to]) => to));
  const rows = Array.from({ length: last }, () => '');
  for (const [from, to] of ranges) for (let n = from; n <= to; n++) rows[n - 1] = seedRows[n - 1] ?? '';
  return rows.join('\n');
}
