import type { Resolution } from '../schemas/resolution.ts';
import { isoDateParts } from './date.ts';
import { BLUEBOOK_PIN_WORDS, englishPin, pinSlot, pinText, type PinSlot } from './english-pin.ts';
import { locateParagraph, type Pinpoint } from './locate.ts';

/** Month abbreviations of the Bluebook's table T12. */
const T12_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** An ISO date as the Bluebook writes it: "July 22, 2015", "Sept. 22, 2024". */
export function bluebookDate(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  return `${T12_MONTHS[month - 1]} ${day}, ${year}`;
}

/**
 * The pinpoint in Bluebook terms (T16 subdivisions): "¶ 12", "¶ 48(c)", "¶ 12(a)(ii)",
 * "pmbl. ¶ 3" (the third preambular paragraph), "annex, ¶ 3" ("annex II, ¶ 3" when there
 * are several annexes), "n.4" (footnote 4). Sub-labels are English ones (`latinLabel`).
 */
export function bluebookPinpoint(pin: Pinpoint): string {
  return pinText(englishPin(pin), BLUEBOOK_PIN_WORDS);
}

/**
 * A Bluebook citation (rule 21.7, United Nations materials), always in English:
 * - ECOSOC: "Economic and Social Council Res. 2015/26, ¶ 12, U.N. Doc. E/RES/2015/26 (July 22, 2015)";
 *   the organ spelled out and the document symbol given, as the rule asks for organs other
 *   than the General Assembly and the Security Council.
 * - General Assembly: "G.A. Res. 79/1, ¶ 3 (Sept. 22, 2024)", without the symbol, which the
 *   rule (21st ed.) no longer requires for the Assembly's resolutions.
 * Without an adoption date the parenthetical is left out; without `paraId` the pinpoint.
 * An id the model does not have, or one without a printed number, throws
 * `CitationTargetError` (see `locate.ts`).
 */
export function bluebookCitation(res: Resolution, paraId?: string): string {
  return withPin(res, paraId === undefined ? null : bluebookPinpoint(locateParagraph(res, paraId)));
}

/** The citation with `pin` in its place after the number, or without one. */
function withPin(res: Resolution, pin: string | null): string {
  const parts = [`${res.organ === 'GA' ? 'G.A.' : 'Economic and Social Council'} Res. ${res.number}`];
  if (pin !== null) parts.push(pin);
  if (res.organ !== 'GA') parts.push(`U.N. Doc. ${res.symbol}`);
  const date = res.adopted === null ? '' : ` (${bluebookDate(res.adopted)})`;
  return `${parts.join(', ')}${date}`;
}

/** What a paragraph's Bluebook citation puts around its pinpoint: "…Res. 2015/26, " and ", U.N. Doc. … (July 22, 2015)". */
export function bluebookSlot(res: Resolution): PinSlot {
  return pinSlot((pin) => withPin(res, pin));
}
