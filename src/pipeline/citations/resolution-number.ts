/**
 * Resolution and decision numbers as printed after "第", "resolution", "résolution",
 * "резолюция", "قرار"…, and how each one maps to its organ's symbol.
 *
 * Canonical forms (what `target` holds), chosen to match undocs.org and ODS:
 * - year/number is ECOSOC, session/number the GA: "2014/27" → E/RES/2014/27,
 *   "69/204" → A/RES/69/204, "S-27/2" → A/RES/S-27/2 (Arabic "دإ-30/1" → A/RES/S-30/1,
 *   "دإط-10/15" → A/RES/ES-10/15).
 * - a lettered part is glued to the number, upper case, no space: "54/237 C" →
 *   A/RES/54/237C, "2021/2 B" → E/RES/2021/2B, "57/270 باء" → A/RES/57/270B, as the
 *   undocs.org links of the UN's own files write them (so the symbol is also a clean URL path).
 * - the pre-1978 style "1296 (XLIV)" keeps the roman session in brackets with no space
 *   and drops the letter of a part: "217 A (III)" → A/RES/217(III), "155 C (VII)" →
 *   E/RES/155(VII), as ODS files the whole resolution under one symbol. Arabic prints
 *   the session as "(د-15)": it becomes "(XV)". The organ is told from the number: a
 *   session after XXX, or a number below 45 × the session, is ECOSOC (ECOSOC's numbers
 *   stay below ~35 × its session: 155 (VII), 1296 (XLIV); the GA's above ~55 × its
 *   session: 181 (II), 1514 (XV), 2200 (XXI)); this misreads only the first session's
 *   lowest numbers (the GA's "1 (I)"–"13 (I)" are read as ECOSOC).
 * - a number that cannot be the GA's or ECOSOC's is another body's: session/number
 *   before the GA's 31st session (1976), when the GA numbered "3281 (XXIX)" (Human
 *   Rights Council 24/7, Commission 16/1…), and a number whose printed date does not
 *   fit it ("64/1 of 30 April 2008": the GA's 64th session ran 2009–2010; ECOSOC's
 *   2021/4 is of 2020 or 2021, its 2021 session having opened in July 2020).
 */

const DASH = '[-‐‑–]';
/** A part letter: Latin A–H, or its Arabic name (ألف باء جيم دال هاء واو زاي حاء). */
const LETTER = String.raw`(?:[A-H]|ألف|باء|جيم|دال|هاء|واو|زاي|حاء)(?![A-Za-z\u0400-\u04FF\u0621-\u064A\d])`;
const NEW = String.raw`(?:(?:E?S|د[إا]ط?)${DASH}\s?)?\d{1,4}\/\d{1,4}(?![\d/]|\.\d)(?:\s?${LETTER})?`;
const OLD = String.raw`\d{1,4}\s?(?:${LETTER}\s?)?\((?:[IVXLC]+|د${DASH}\s?\d{1,2})\)`;

/** Regex source (for a `u` regex) of one printed number: "2014/27", "S-27/2", "54/237 C", "1296 (XLIV)". */
export const NUMBER = String.raw`(?:${OLD}|${NEW})`;

const PARSE_NEW = /^(?:(E?S|د[إا]ط?)[-‐‑–]\s?)?(\d{1,4})\/(\d{1,4})\s?(\S*)$/u;
const PARSE_OLD = /^(\d{1,4})\s?\S*?\s?\((?:([IVXLC]+)|د[-‐‑–]\s?(\d{1,2}))\)$/u;
const PREFIX: Record<string, string> = { S: 'S-', ES: 'ES-', دإ: 'S-', دإط: 'ES-', دا: 'S-', داط: 'ES-' };
const LETTERS: Record<string, string> = { ألف: 'A', باء: 'B', جيم: 'C', دال: 'D', هاء: 'E', واو: 'F', زاي: 'G', حاء: 'H' };
const ROMAN: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

function toRoman(n: number): string {
  let out = '';
  for (const [value, glyphs] of ROMAN) for (; n >= value; n -= value) out += glyphs;
  return out;
}

function fromRoman(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = VALUE[roman[i] ?? ''] ?? 0;
    total += v < (VALUE[roman[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/** A printed number, read: the organ it belongs to and its canonical "2014/27", "54/237C", "1296(XLIV)". */
function read(printed: string, year?: number): { organ: 'E' | 'A'; number: string } | null {
  const old = PARSE_OLD.exec(printed);
  if (old !== null) {
    const n = Number(old[1]);
    const session = old[2] !== undefined ? fromRoman(old[2]) : Number(old[3]);
    if (n === 0 || session === 0 || toRoman(session) !== (old[2] ?? toRoman(session))) return null;
    return { organ: session > 30 || n < 45 * session ? 'E' : 'A', number: `${n}(${toRoman(session)})` };
  }
  const m = PARSE_NEW.exec(printed);
  if (m === null) return null;
  const [, prefix, a = '', b = '', letter = ''] = m;
  if (a.startsWith('0') || b.startsWith('0')) return null;
  const number = `${prefix ? PREFIX[prefix] : ''}${a}/${b}${LETTERS[letter] ?? letter}`;
  const first = Number(a);
  if (prefix !== undefined) return a.length <= 2 ? { organ: 'A', number } : null;
  if (a.length === 4) {
    const early = first - (year ?? first);
    return first >= 1946 && first <= 2100 && (early === 0 || early === 1) ? { organ: 'E', number } : null;
  }
  const sinceSession = (year ?? 1945 + first) - 1945 - first;
  return first >= 31 && first <= 999 && (sinceSession === 0 || sinceSession === 1) ? { organ: 'A', number } : null;
}

/**
 * A function from a printed number, and the year of the date printed with it, to the
 * symbol of one organ and document type, or null.
 */
export type Target = (printed: string, year?: number) => string | null;

function targetOf(organ: 'E' | 'A', type: 'RES' | 'DEC'): Target {
  return (printed, year) => {
    const r = read(printed, year);
    if (r === null || r.organ !== organ || (type === 'DEC' && r.number.includes('('))) return null;
    return `${organ}/${type}/${r.number}`;
  };
}

/** "2014/27" → E/RES/2014/27; "1296 (XLIV)" → E/RES/1296(XLIV); a GA number → null. */
export const ecosocTarget: Target = targetOf('E', 'RES');
/** "69/204" → A/RES/69/204; "54/237 C" → A/RES/54/237C; "217 A (III)" → A/RES/217(III). */
export const gaTarget: Target = targetOf('A', 'RES');
/** "2015/237" → E/DEC/2015/237 (decisions have no pre-1978 style). */
export const ecosocDecisionTarget: Target = targetOf('E', 'DEC');
/** "76/563" → A/DEC/76/563. */
export const gaDecisionTarget: Target = targetOf('A', 'DEC');
