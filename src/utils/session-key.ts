import type { CatalogueCard } from '../schemas/catalogue-card.ts';

/** What a session key is made from: a card's symbol, organ and printed session line. */
export type SessionSource = Pick<CatalogueCard, 'symbol' | 'organ' | 'session'>;

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** A Roman numeral as a number ("XLIV" → 44), or null when it is none. */
export function fromRoman(numeral: string): number | null {
  if (!/^[IVXLC]+$/.test(numeral)) return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = ROMAN[numeral[i] as string] as number;
    const next = ROMAN[numeral[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The session a resolution was adopted at, as a URL-safe key: an ECOSOC resolution of the annual
 * sessions (E/RES/2023/3) → "2023"; one of the numbered sessions before 1978 (E/RES/1296(XLIV)) →
 * "44"; a General Assembly resolution (A/RES/79/1) → "ga-79", so that it never shares a page with
 * ECOSOC's session of the same number; otherwise the year of the printed session line ("2015 年会议");
 * null when nothing tells.
 */
export function sessionKey(card: SessionSource): string | null {
  const symbol = card.symbol.replace(/\s+/g, '');
  const annual = /^E\/RES\/((?:19|20)\d\d)\//.exec(symbol);
  if (annual) return annual[1] as string;
  const numbered = /^E\/RES\/\d+\(([IVXLC]+)\)/.exec(symbol);
  const session = numbered ? fromRoman(numbered[1] as string) : null;
  if (session) return String(session);
  const assembly = /^A\/RES\/(\d{1,3})\//.exec(symbol);
  if (assembly) return `ga-${Number(assembly[1])}`;
  const year = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(card.session ?? '');
  if (year && card.organ === 'ECOSOC') return year[1] as string;
  return null;
}

/**
 * A key's place in time, for newest-first lists: the year of an annual session, about the year
 * of a numbered one (ECOSOC met twice a year from 1946, the Assembly once from 1946).
 */
export function sessionYear(key: string): number {
  const assembly = /^ga-(\d+)$/.exec(key);
  if (assembly) return 1945 + Number(assembly[1]);
  const n = Number(key);
  return n >= 1900 ? n : 1946 + (n - 1) / 2;
}

/** Newest session first. */
export function newestSessionFirst(a: string, b: string): number {
  return sessionYear(b) - sessionYear(a) || b.localeCompare(a);
}
