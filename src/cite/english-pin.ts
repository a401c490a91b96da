import type { Pinpoint } from './locate.ts';
import { latinLabel } from './locate.ts';
import { roman } from './numbers.ts';

/**
 * A pinpoint as the English styles (Bluebook, OSCOLA) print it, less the words that differ
 * between them: which kind of place, the annex ("annex", "annex II") and the number with its
 * sub-labels ("48(c)", "3"). A resolution page carries this on each paragraph's “ control,
 * and its script (src/scripts/cite.ts) puts a style's words around it with {@link pinText},
 * the same function the build uses: the pages carry no citation rules of their own.
 */
export interface EnglishPin {
  kind: 'para' | 'preamble' | 'footnote';
  /** "annex" for the only annex, "annex II" for the second of several; null outside annexes. */
  annex: string | null;
  /** The printed number, then the English sub-labels in parentheses: "48(c)", "12(a)(ii)". */
  at: string;
}

/** The words a style puts before each kind of place, and between an annex and its paragraph. */
export interface PinWords {
  para: string;
  preamble: string;
  footnote: string;
}

/** Bluebook's words (table T16): "¶ 12", "pmbl. ¶ 3", "n.4". */
export const BLUEBOOK_PIN_WORDS: PinWords = { para: '¶ ', preamble: 'pmbl. ¶ ', footnote: 'n.' };

/** OSCOLA's words (abbreviations without full stops): "para 12", "preambular para 3", "n 4". */
export const OSCOLA_PIN_WORDS: PinWords = { para: 'para ', preamble: 'preambular para ', footnote: 'n ' };

/** The English styles' words, by the id of their format. */
export const PIN_WORDS: Record<'bluebook' | 'oscola', PinWords> = { bluebook: BLUEBOOK_PIN_WORDS, oscola: OSCOLA_PIN_WORDS };

/** A located paragraph as the English styles see it; sub-labels in English (`latinLabel`). */
export function englishPin(pin: Pinpoint): EnglishPin {
  if (pin.kind === 'footnote') return { kind: 'footnote', annex: null, at: String(pin.n) };
  const below = pin.labels.map((l) => `(${latinLabel(l)})`).join('');
  const annex = pin.annex ? (pin.annex.count > 1 ? `annex ${roman(pin.annex.n)}` : 'annex') : null;
  return { kind: pin.kind, annex, at: `${pin.kind === 'para' ? pin.number : pin.n}${below}` };
}

/** The pinpoint in one style's words: "annex II, ¶ 3", "preambular para 3". */
export function pinText(pin: EnglishPin, words: PinWords): string {
  const inner = `${words[pin.kind]}${pin.at}`;
  return pin.annex === null ? inner : `${pin.annex}, ${inner}`;
}

/** What comes before and after a pinpoint in a citation of one paragraph. */
export interface PinSlot {
  before: string;
  after: string;
}

const MARK = '\u0000';

/**
 * The slot a citation leaves for its pinpoint, found by citing with a mark in its place, so
 * that `before + pin + after` is, by construction, what `cite` gives for that pin.
 */
export function pinSlot(cite: (pin: string) => string): PinSlot {
  const [before = '', after = ''] = cite(MARK).split(MARK);
  return { before, after };
}
