/**
 * The grammar of UN document symbols as printed: a body prefix (a run of capitals:
 * A, E, S, ST, TD, UNEP, CEDAW…), then "/"-separated components of capitals, digits,
 * dots and modifiers (CN.16, C.2, RES, S-27, Add.1, Corr.1, Rev.1, CRP.3, L.12…);
 * joint symbols join whole symbols with a hyphen ("A/70/63-E/2015/10").
 */

/** Hyphens a PDF may print between the parts of a joint symbol or in "S-27". */
const HYPHEN = '[-‐‑–]';
const COMPONENT = String.raw`(?:E?S${HYPHEN}\d+|[A-Z][A-Za-z]*(?:\.[A-Za-z0-9]+)*|\d+(?:\.\d+)*)`;
const SINGLE = String.raw`[A-Z]+(?:\/${COMPONENT})+`;

/** A whole printed symbol, not glued to a word, a path or a number on either side. */
export const SYMBOL = new RegExp(
  String.raw`(?<![\w/.@‐‑–-])${SINGLE}(?:${HYPHEN}${SINGLE})*(?![\w/]|\.\w)`,
  'g',
);

/**
 * A further addendum, corrigendum or revision printed after a symbol: "和 Corr.1",
 * "and Add.1", ", Add.2". Group 1 is the printed modifier, group 2 its type.
 */
export const MORE = /(?:\s*(?:以及|和|及|、|,|，)\s*|\s+(?:and|et|y|и|و)\s+)((Add|Corr|Rev|Amend)\.\d+)(?![\w/]|\.\d)/y;

const ANY_HYPHEN = /[‐‑–]/g;
const JOINT_SPLIT = /-(?=[A-Z]+\/)/;
const PART_IN_URL = /:\/\/|www\.|[=?#&%]/;
const LAST_TOKEN = /\S*$/;
const DIGIT = /\d/;

/** The canonical form of a printed symbol: hyphens made ASCII, nothing else changed. */
export function canonicalSymbol(printed: string): string {
  return printed.replace(ANY_HYPHEN, '-');
}

/** True when a match is a symbol in running text: it has a digit and is not inside a URL. */
export function isCitedSymbol(text: string, start: number, printed: string): boolean {
  if (!DIGIT.test(printed)) return false;
  const token = LAST_TOKEN.exec(text.slice(Math.max(0, start - 200), start))?.[0] ?? '';
  return !PART_IN_URL.test(token);
}

/**
 * The symbol of a modifier applied to every part of a joint symbol: a modifier of the
 * same type as a part's last component replaces it ("A/70/1/Add.1" + "Add.2" →
 * "A/70/1/Add.2"), any other is appended ("A/67/65-E/2012/48" + "Corr.1" →
 * "A/67/65/Corr.1-E/2012/48/Corr.1").
 */
export function withModifier(symbol: string, modifier: string, type: string): string {
  return symbol
    .split(JOINT_SPLIT)
    .map((part) => {
      const slash = part.lastIndexOf('/');
      const last = part.slice(slash + 1);
      return last.startsWith(`${type}.`) ? `${part.slice(0, slash + 1)}${modifier}` : `${part}/${modifier}`;
    })
    .join('-');
}
