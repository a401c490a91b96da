import type { Lang } from '../schemas/lang.ts';
import type { Citation } from '../pipeline/citations/types.ts';
import { findCitations } from '../pipeline/citations/find-citations.ts';
import { NUMBER, ecosocTarget, gaTarget } from '../pipeline/citations/resolution-number.ts';
import { toAsciiDigits } from '../pipeline/ascii-digits.ts';

/*
 * Reads a search query as a citation, so that the search box can go straight to a resolution or
 * one of its paragraphs. The citation readers of the pipeline read running text ("resolution
 * 2015/26, paragraph 12", "第 2015/26 号决议第 12 段"); a search box also gets what no text
 * prints alone: a bare "2015/26", "e/res/2015/26", "2015/26, 12", "para 12", "¶12". Pure and
 * free of Node modules: it runs in the browser, in the search page's script.
 */

/** A query read as a citation. */
export interface CitationQuery {
  /** The cited document's canonical UN symbol: "E/RES/2015/26", "A/RES/79/1", "E/CN.16/2015/2". */
  symbol: string;
  /** The number of the paragraph pinpointed ("12"), when the query names one. */
  para?: string;
  /** True when the query is nothing but the citation and filler words: only then may the box jump. */
  whole: boolean;
}

/** Longer queries are searches, not citations; also bounds the work done at each keystroke. */
const MAX_LENGTH = 200;
const LANGS: readonly Lang[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

/**
 * A number printed alone. A four-digit year/number is ECOSOC's ("2015/26") and the pre-1978 style
 * tells its organ by itself ("1296 (XLIV)"); a bare session/number ("79/1") is left alone: it is
 * as likely a Human Rights Council resolution (24/7), a date or a fraction as the GA's, which
 * "A/RES/79/1" or "General Assembly resolution 79/1" name without doubt. Chinese may follow.
 */
const BARE = new RegExp(String.raw`(?<![A-Za-z\p{N}/.\-])(?:${NUMBER})(?![A-Za-z\p{N}/])`, 'gu');

/** A lower-case symbol typed into the box ("e/res/2015/26", "e/cn.16/2015/2"); its modifiers are restored after. */
const LOWER_SYMBOL = /(?<![\p{L}\p{N}/])[a-z]+(?:\.\d+)?(?:\/[a-z0-9.-]+)+/giu;
const MODIFIER = /\b(ADD|CORR|REV|AMEND)\.(?=\d)/g;
const ROMAN_SESSION = /\(\s*([ivxlc]+)\s*\)/gi;

/** Sub-paragraph labels after a pinpointed number: "(a)", "a)", "(ii)", "(أ)". */
const SUB = String.raw`(?:\s?\(?(?:[a-zа-я]{1,4}|[\u0621-\u064A]{1,2})\))*`;
/**
 * A pinpoint as typed into a search box, in the six languages: "paragraph 12", "para. 12",
 * "para-12", "¶12", "§ 12", "paragraphe 12", "párrafo 12", "párr. 12", "пункт 12", "п. 12",
 * "الفقرة 12", "第12段". Group 1 or 2 is the number.
 */
const PINPOINT = new RegExp(
  String.raw`(?:(?<!\p{L})(?:paragraph(?:e)?s?|paras?|pars?|párrafos?|párrs?|op|пункт\p{L}*|п|[بو]?(?:ال)?فقر(?:ة|ات))[.\-]?\s*|[¶§#]\s*)(\d{1,3})${SUB}|第\s*(\d{1,3})${SUB}\s*段`,
  'giu',
);
/** A number right after the citation, set off by a comma: "2015/26, 12". */
const TRAILING_NUMBER = /^\s*[,，、،]\s*(\d{1,3})(?!\d)/;

/** Chinese words around a citation that say nothing more: 决议, 号, 经社理事会… */
const FILLER_ZH = /经济及社会理事会|经社理事会|理事会|联合国|大会|决议|号|第|的/g;
/** Words around a citation, in the five languages with spaces, that say nothing more (lower case). */
const FILLER_WORDS = new Set(
  [
    'resolution res ecosoc economic and social council general assembly un united nations of the its no number see op operative',
    'résolution du de la le l conseil économique et assemblée générale sa onu nations unies n° nº',
    'resolución del consejo económico y asamblea su onu naciones unidas núm',
    'резолюция резолюции резолюцию экосос экономического и социального совета генеральной ассамблеи своей оон организации объединенных наций №',
    'قرار القرار قراره المجلس الاقتصادي والاجتماعي الجمعية العامة من رقم الأمم المتحدة',
  ].flatMap((line) => line.split(' ')),
);

/** The query as the readers expect a printed citation: ASCII digits, no spaces around "/", symbols in capitals. */
export function normaliseQuery(query: string): string {
  return toAsciiDigits(query.normalize('NFKC'))
    .replace(/\s*\/\s*/g, '/')
    .replace(LOWER_SYMBOL, (symbol) => symbol.toUpperCase().replace(MODIFIER, (_, m: string) => `${m[0]}${m.slice(1).toLowerCase()}.`))
    .replace(ROMAN_SESSION, (_, roman: string) => `(${roman.toUpperCase()})`)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Bare numbers in `text` that name a resolution by themselves. */
function bareNumbers(text: string): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(BARE)) {
    const printed = m[0];
    const target = printed.includes('(') ? (ecosocTarget(printed) ?? gaTarget(printed)) : ecosocTarget(printed);
    if (target !== null) found.push({ start: m.index, end: m.index + printed.length, target });
  }
  return found;
}

/**
 * The citation the query is about: the longest one any language's reader finds (the page's
 * language first on a tie, then the UN's order), or a bare number. The reader may be another
 * language's than the page's: a reader types what the citation in hand says.
 */
function bestCitation(text: string, page: Lang): Citation | undefined {
  const langs = [page, ...LANGS.filter((lang) => lang !== page)];
  const all = [...langs.flatMap((lang) => findCitations(text, { lang })), ...bareNumbers(text)];
  let best: Citation | undefined;
  for (const c of all) if (best === undefined || c.end - c.start > best.end - best.start) best = c;
  return best;
}

/** True when `rest` holds only filler words and punctuation. */
function onlyFiller(rest: string): boolean {
  const words = rest.replace(FILLER_ZH, ' ').toLowerCase().split(/[^\p{L}\p{N}°º№]+/u);
  return words.every((word) => word === '' || FILLER_WORDS.has(word));
}

/**
 * Reads `query` as a citation of a UN document, or returns null. `page` is the search page's
 * language, preferred where two readings are as long. `whole` says whether the query is nothing
 * else: "2015/26号决议第12段" is, "sustainable development 2015/26" is not (but names one).
 */
export function readCitationQuery(query: string, page: Lang): CitationQuery | null {
  if (query.length > MAX_LENGTH) return null;
  const text = normaliseQuery(query);
  const citation = bestCitation(text, page);
  if (citation === undefined) return null;
  let before = text.slice(0, citation.start);
  let after = text.slice(citation.end);
  let para = citation.para;
  if (para === undefined) {
    const trailing = TRAILING_NUMBER.exec(after);
    if (trailing !== null) {
      para = trailing[1];
      after = after.slice(trailing[0].length);
    } else {
      // The pinpoint may stand before or after the citation: "para 12 of 2015/26", "2015/26 ¶12".
      const rest = `${before}\u0000${after}`;
      const pin = [...rest.matchAll(PINPOINT)][0];
      if (pin !== undefined) {
        para = pin[1] ?? pin[2];
        [before = '', after = ''] = (rest.slice(0, pin.index) + rest.slice(pin.index + pin[0].length)).split('\u0000');
      }
    }
  }
  const result: CitationQuery = { symbol: citation.target, whole: onlyFiller(`${before} ${after}`) };
  if (para !== undefined) result.para = String(Number(para));
  return result;
}
