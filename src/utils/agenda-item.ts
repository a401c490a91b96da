import { toAsciiDigits } from '../pipeline/ascii-digits.ts';
import { letterId, letterPosition } from '../pipeline/text/positional-ids.ts';

/** An agenda item read from its printed form, keyed so that every language gives the same key. */
export interface AgendaItem {
  /** "18-b" for "18 (b)", "18 b)", "18 (ب)", "18(b)"; "7" for an item without sub-item. */
  key: string;
  /** The item's number, 18. */
  number: number;
  /** The sub-item's position in its alphabet (b, б, ب: 2), 0 for none. */
  position: number;
  /** The item as the card prints it, spaces tidied: "18 (b)", "18 b)", "12 (ط)". */
  label: string;
}

// Russian prints agenda sub-items in Latin letters; a Cyrillic look-alike that slipped in ("19 с)") is the Latin letter it looks like.
const LOOK_ALIKES: Record<string, string> = { а: 'a', с: 'c', е: 'e', о: 'o', р: 'p', х: 'x', у: 'y' };

/**
 * Reads a printed agenda item: "18 (b)", "19 c)", "18(a)", "12 (ط)", "19 с)" (a Cyrillic с),
 * and the Arabic line kept whole ("البند 7 من جدول الأعمال"). The sub-item counts by position,
 * as sub-paragraph anchors do (CONTRACT.md), so "(i)", "(и)" and "(ط)" are all the ninth: "12-i".
 * Of "items 18 (a) and (b)" the first is kept. Null when no item number is printed.
 */
export function agendaItem(printed: string | null | undefined): AgendaItem | null {
  const text = toAsciiDigits((printed ?? '').replace(/\s+/g, ' ').trim());
  const match = /(\d{1,3})(?: ?[(（]([^()（）\s]{1,2})[)）]| ?([^()\s\d]{1,2})\))?/u.exec(text);
  if (!match) return null;
  const number = Number(match[1]);
  const letter = match[2] ?? match[3];
  if (letter === undefined) return { key: String(number), number, position: 0, label: String(number) };
  const position = letterPosition(LOOK_ALIKES[letter] ?? letter);
  if (position === null) return { key: String(number), number, position: 0, label: String(number) };
  const printedSub = match[2] !== undefined ? `(${letter})` : `${letter})`;
  return { key: `${number}-${letterId(position)}`, number, position, label: `${number} ${printedSub}` };
}

/** Agenda order: by item number, then sub-item; no item last. */
export function compareAgendaItems(a: AgendaItem | null, b: AgendaItem | null): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.number - b.number || a.position - b.position;
}
