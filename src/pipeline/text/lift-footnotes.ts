import type { MarkConventions } from '../conventions/types.ts';
import { markPlaceholder } from './footnote-mark.ts';
import { joinTexts } from './join-text.ts';
export type { LiftedFootnote } from './read-footnote-block.ts';
import { readFootnoteBlock, type LiftedFootnote } from './read-footnote-block.ts';
import { findFrom, isBlank, type SourceLine } from './source-line.ts';

/** The body lines with marks turned into placeholders, the footnotes, and what was uncertain. */
export interface WithoutFootnotes {
  lines: SourceLine[];
  footnotes: LiftedFootnote[];
  warnings: string[];
}

const MARK_ALONE = /^\s*(\d{1,3})\s*$/;
// Arabic prints its marks in brackets: "(1)" alone on a line, or glued to the word, "المعلومات(1)،".
const BRACKETED_ALONE = /^\s*\((\d{1,3})\)\s*$/;
const BRACKETED_GLUED = /(\S)\((\d{1,3})\)/gu;
// The rest of a line a mark alone split: glued to the mark when it starts with punctuation ("information1" + ", et").
const CLOSING_PUNCTUATION = /^[,;:.!?)\]}»”’،؛，；：。、）》」』]/;
const LABEL_LINE = /^\s*(?:\d{1,4}\s*(?:[.．]|[-–](?=\s))|[(（][a-z]{1,4}[)）]|[a-z]\))\s*\S/;
// Marks printed glued to text: after punctuation (any script), not when a unit follows ("，12 月", "，6亿")
// nor the rest of a figure ("，3 840万").
const GLUED_AFTER_PUNCTUATION = /([，。；：、）)》」』”’»,;:%％])(\d{1,3})(?![\d/.]|\s*[年月日号次段届个名条项%％亿万千百多余]|[\u00a0\u202f]\d)(?=[\s,;:)《“(（]|$|\p{Script=Han})/gu;
// …and after a word ("Summit1"), taken only as the next new footnote, since "CO2" or "G77" look alike.
// (Not after Chinese, which has its own rule, nor before a letter: "target 9.c".)
const GLUED_AFTER_WORD = /((?:(?!\p{Script=Han})\p{L}){2,}[”’"]?)(\d{1,3})(?=[\s,;:)]|\.(?![\p{L}\d])|$)/gu;
// …and after a year, the two run together ("2005" and mark 4 as "20054,"), a figure no text prints.
const GLUED_AFTER_YEAR = /(?<![\d/.,])((?:19|20)\d{2})(\d{1,2})(?=[\s,;:.)”’»]|$)/gu;
// The units a Chinese figure is printed with: a figure before one is no mark.
const UNIT = /^[年月日号次段届个名条项%％亿万千百多余]/;
// …and after a Chinese character ("公约1及其"), as the next new footnote, not before a unit ("第 1 次")
// nor after a word that numbers things ("第", "目标 5" for Goal 5, "附件 2").
const GLUED_AFTER_HAN = /((?!第)\p{Script=Han}[”’》」』]?)(?<!目标|第|附件|章|节|段|款|项|条)(\d{1,3})(?![\d/.,:]|\s*[年月日号次段届个名条项%％亿万千百多余]|[\u00a0\u202f]\d)(?=\p{Script=Han}|[，。；：、《“(（]|\s|$)/gu;
// pdftotext sets a space before a superscript: "session, 1" at a line's end, or "Peace, 4 which"
// inside one; taken only as the next new footnote, and never after a word that numbers things.
const NUMBERING_WORD = new RegExp(
  `(?:${[
    'Article|Articles|Goal|Goals|paragraph|paragraphs|para|paras|resolution|resolutions|annex|chapter|section|Supplement|No|rule|part|Part|target|item|phase|Protocol|volume|vol',
    'article|articles|paragraphe|paragraphes|alinéa|résolution|résolutions|annexe|chapitre|objectif|objectifs|cible|cibles|point|points|partie|numéro',
    'artículo|artículos|párrafo|párrafos|resolución|resoluciones|anexo|capítulo|sección|objetivo|objetivos|meta|metas|tema|temas|parte|núm',
    'статья|статьи|статьей|пункт|пункта|пунктов|пунктах|пунктами|резолюция|резолюции|приложение|глава|главы|раздел|цель|цели|задача|задачи|часть|части',
  ].join('|')})$`,
  'u',
);
// "paragraphs 3 and 5": a figure after a conjunction that follows a figure is no mark either.
const AFTER_FIGURE_AND = /\d[ \t]+(?:and|or|to|et|ou|à|y|o|a|и|или|по|و)$/u;
const SPACED_AT_LINE_END = /([,;:.)\p{Script=Latin}\p{Script=Cyrillic}])[ \t]+(\d{1,3})[ \t]*$/gu;
// …not in a series of figures: "held on 10 and 11 December", "les 10 et 11 décembre".
const SERIES = '(?:and|or|to|et|ou|à|au|y|o|a|al|и|или|по|до)[ \\t]+\\d';
const SPACED_INLINE = new RegExp(`([,;:)”\\p{Script=Latin}\\p{Script=Cyrillic}])[ \\t]+(\\d{1,3})[ \\t]+(?=\\p{Ll})(?!${SERIES})`, 'gu');
const SERIES_NEXT = new RegExp(`^${SERIES}`, 'u');

/**
 * Lifts footnote blocks (after a separator rule) out of the body into footnotes, and turns
 * footnote marks — digits alone on a line, or glued to the text — into placeholders.
 * A mark on a line of its own splits one printed line in two; the halves are joined again.
 */
export function liftFootnotes(lines: SourceLine[], conventions: MarkConventions = {}): WithoutFootnotes {
  const warnings: string[] = [];
  const footnotes: LiftedFootnote[] = [];
  const body: SourceLine[] = [];
  const pageStarts = new Set<SourceLine>();
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] as SourceLine;
    if (line.separator) {
      i = readFootnoteBlock(lines, i + 1, footnotes, warnings, conventions);
      // What follows a page's footnotes is the top of the next page.
      const top = findFrom(lines, i, (l) => !isBlank(l) && !l.separator);
      if (top) pageStarts.add(top);
      continue;
    }
    body.push(pageStarts.has(line) ? { ...line, pageStart: true } : line);
    i++;
  }
  // Marks set apart by spaces ("Peace, 4 which", as pdftotext prints them) look like the text's own
  // figures ("a further 10 years"): they are looked for only where the marks are not found otherwise.
  const quiet: string[] = [];
  const glued = placeMarks(body, footnotes, quiet, conventions, false);
  const placed = footnotes.filter((f) => glued.some((l) => l.text.includes(markPlaceholder(f.n)))).length;
  if (placed * 2 >= footnotes.length) return { lines: glued, footnotes, warnings: [...warnings, ...quiet] };
  return { lines: placeMarks(body, footnotes, warnings, conventions, true), footnotes, warnings };
}

/** Replaces footnote marks in the body with placeholders, in reading order. */
function placeMarks(body: SourceLine[], footnotes: LiftedFootnote[], warnings: string[], conventions: MarkConventions, spaced: boolean): SourceLine[] {
  const known = new Set(footnotes.map((f) => f.n));
  let highest = 0;
  // Marks skipped over, to be looked for glued to a figure once the marks around them are placed.
  const skipped: { n: number; line: SourceLine }[] = [];
  // Marks come in order of first use. `reach` says how far a mark may run ahead: a digit glued
  // to a word (0) is a mark only as the next new one, one glued after punctuation (1) may also
  // repeat an earlier one, and both may skip one that was glued to a figure ("Agenda 214"); one
  // set apart by spaces (-1) only as the next new one; one alone on its line (3) may skip marks
  // the extraction lost.
  const accept = (n: number, reach: number, line: SourceLine) => {
    const skipsOne = n === highest + 2 && known.has(highest + 1) && reach < 3;
    const ok = known.has(n) && (reach <= 0 ? n === highest + 1 || (reach === 0 && skipsOne) : n <= highest + reach || skipsOne);
    for (let k = highest + 1; ok && k < n; k++) skipped.push({ n: k, line });
    if (ok) highest = Math.max(highest, n);
    return ok;
  };
  const out: SourceLine[] = [];
  const markAlone = (text: string) => MARK_ALONE.exec(text) ?? (conventions.bracketedMarks ? BRACKETED_ALONE.exec(text) : null);
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as SourceLine;
    const alone = markAlone(line.text);
    const previous = out.findLast((l) => !isBlank(l));
    if (alone && previous && accept(Number(alone[1]), 3, line)) {
      previous.text = previous.text.replace(/\s+$/, '') + markPlaceholder(Number(alone[1]));
      // The rest of the printed line the mark stood in, when the extraction cut it after the mark;
      // a line of spaces after the mark is the space that ends its block (seed lines 22–24).
      const rest = body[i + 1];
      previous.endSpace = rest !== undefined && rest.text !== '' && isBlank(rest);
      if (rest && !isBlank(rest) && !LABEL_LINE.test(rest.text) && !/^\s{2,}/.test(rest.text)) {
        previous.text = CLOSING_PUNCTUATION.test(rest.text) ? previous.text + rest.text.trimEnd() : joinTexts(previous.text, rest.text.trim());
        previous.endSpace = /[ \t]$/.test(rest.text);
        i++;
      }
      continue;
    }
    if (alone) warnings.push(`line ${line.n}: the number ${alone[1]} stands alone on a line and is no footnote mark; kept as text`);
    const next = findFrom(body, i + 1, (l) => !isBlank(l))?.text.trimStart() ?? '';
    out.push({ ...line, text: placeGluedMarks(line.text, next, { ...conventions, spaced }, (n, reach) => accept(n, reach, line)) });
  }
  for (const { n, line } of skipped) {
    if (!findGluedToFigure(out, n)) warnings.push(`line ${line.n}: footnote mark ${n + 1} follows mark ${n - 1}; the marks between were not found`);
  }
  // The last footnote's mark, glued to a figure ("COVID-19" and mark 16 as "COVID-1916"), has no mark after it to skip it.
  if (known.has(highest + 1) && !known.has(highest + 2)) findGluedToFigure(out, highest + 1);
  return out;
}

// A figure with a mark glued to its end: "Agenda 21" and mark 4 as "Agenda 214", "21/11" and 5 as "21/115".
const FIGURE = /(?<![\d.,/])\d[\d/]*\d(?=[\s,;:.)”’»]|$)/g;

/**
 * Places mark `n`, which the extraction glued to a figure, between the marks before and after
 * it: taken only where one figure there, and no other, ends with its digits.
 */
function findGluedToFigure(lines: SourceLine[], n: number): boolean {
  const at = (k: number) => lines.findIndex((l) => l.text.includes(markPlaceholder(k)));
  const from = n === 1 ? 0 : at(n - 1);
  const to = lines.some((l) => l.text.includes(markPlaceholder(n + 1))) ? at(n + 1) : lines.length - 1;
  if (from < 0 || to < 0) return false;
  const found: { line: number; index: number; figure: string; mark: string }[] = [];
  for (let i = from; i <= to; i++) {
    const text = (lines[i] as SourceLine).text;
    const start = i === from && n > 1 ? text.indexOf(markPlaceholder(n - 1)) : 0;
    const end = i === to && text.includes(markPlaceholder(n + 1)) ? text.indexOf(markPlaceholder(n + 1)) : text.length;
    // A figure at the end of a line whose unit opens the next ("2014年6月12" / "日…") is a date.
    const unitNext = UNIT.test(findFrom(lines, i + 1, (l) => !isBlank(l))?.text.trimStart() ?? '');
    for (const m of text.slice(0, end).matchAll(FIGURE)) {
      if (unitNext && m.index + m[0].length === text.trimEnd().length) continue;
      const figure = m[0].slice(0, -String(n).length);
      // A year standing as a word ("de 2012,") is a year; "COVID‑1916" is "COVID‑19" and a mark.
      const year = /^(?:19|20)\d\d$/.test(m[0]) && /(?:^|\s)$/.test(text.slice(0, m.index));
      if (m.index >= start && m[0].endsWith(String(n)) && /\d$/.test(figure) && !year) found.push({ line: i, index: m.index, figure, mark: String(n) });
    }
  }
  const only = found.length === 1 ? found[0] : undefined;
  if (!only) return false;
  const line = lines[only.line] as SourceLine;
  const cut = only.index + only.figure.length;
  line.text = line.text.slice(0, cut) + markPlaceholder(n) + line.text.slice(cut + only.mark.length);
  return true;
}

/** A mark found in a line: where it stands, what replaces it, and how far it may run ahead of the marks before. */
interface Candidate {
  start: number;
  end: number;
  n: number;
  reach: number;
  replacement: string;
}

/**
 * Turns the marks glued to a line's words into placeholders, in reading order, each taken only
 * when `accept` agrees that footnote n may come next (see `reach` in placeMarks).
 */
function placeGluedMarks(text: string, next: string, conventions: MarkConventions & { spaced: boolean }, accept: (n: number, reach: number) => boolean): string {
  const candidates: Candidate[] = [];
  // A figure at the end of a line whose unit opens the next one ("2020年7月2" / "日…") is no mark.
  const unitNext = UNIT.test(next) ? text.trimEnd().length : -1;
  const find = (pattern: RegExp, reach: number, make: (m: RegExpExecArray) => string | null) => {
    for (const m of text.matchAll(pattern)) {
      if (m.index + m[0].trimEnd().length === unitNext) continue;
      const replacement = make(m);
      if (replacement !== null) candidates.push({ start: m.index, end: m.index + m[0].length, n: Number(m[2]), reach, replacement });
    }
  };
  const numbered = (m: RegExpExecArray) => {
    const before = text.slice(0, m.index + (m[1] ?? '').length);
    return NUMBERING_WORD.test(before) || AFTER_FIGURE_AND.test(before);
  };
  find(GLUED_AFTER_PUNCTUATION, 1, (m) => (conventions.decimalComma && /[,.]/.test(m[1] ?? '') && /\d/.test(text[m.index - 1] ?? '') ? null : `${m[1]}\uFFFF`));
  find(GLUED_AFTER_WORD, 0, (m) => `${m[1]}\uFFFF`);
  // A year and a figure make no plausible figure: the mark may repeat an earlier one ("2015–20301").
  find(GLUED_AFTER_YEAR, 1, (m) => `${m[1]}\uFFFF`);
  find(GLUED_AFTER_HAN, 0, (m) => `${m[1]}\uFFFF`);
  if (conventions.bracketedMarks) find(BRACKETED_GLUED, 1, (m) => `${m[1]}\uFFFF`);
  // A figure set apart by spaces is a mark only as the very next one: it may not skip one.
  // A series may run on to the next line: "held on 10 and" / "11 December".
  const series = (m: RegExpExecArray) => SERIES_NEXT.test(`${text.slice(m.index + m[0].length)} ${next}`);
  if (conventions.spaced) {
    find(SPACED_INLINE, -1, (m) => (numbered(m) || series(m) ? null : `${m[1]}\uFFFF `));
    find(SPACED_AT_LINE_END, -1, (m) => (numbered(m) || SERIES_NEXT.test(next) ? null : `${m[1]}\uFFFF`));
  }
  let out = '';
  let last = 0;
  for (const c of candidates.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < last || !accept(c.n, c.reach)) continue;
    out += text.slice(last, c.start) + c.replacement.replace('\uFFFF', markPlaceholder(c.n));
    last = c.end;
  }
  return out + text.slice(last);
}
