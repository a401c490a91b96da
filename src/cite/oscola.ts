import type { Resolution } from '../schemas/resolution.ts';
import { ENGLISH_MONTHS, isoDateParts } from './date.ts';
import { englishPin, OSCOLA_PIN_WORDS, pinSlot, pinText, type PinSlot } from './english-pin.ts';
import { locateParagraph, type Pinpoint } from './locate.ts';

/** An ISO date as OSCOLA writes it: "22 July 2015". */
export function oscolaDate(iso: string): string {
  const { year, month, day } = isoDateParts(iso);
  return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/**
 * The pinpoint in OSCOLA's manner (abbreviations without full stops): "para 12",
 * "para 48(c)", "para 12(a)(ii)", "preambular para 3", "annex, para 3" ("annex II, para 3"
 * when there are several annexes), "n 4" (footnote 4). Sub-labels are English ones.
 */
export function oscolaPinpoint(pin: Pinpoint): string {
  return pinText(englishPin(pin), OSCOLA_PIN_WORDS);
}

/**
 * An OSCOLA citation (4th ed., "United Nations documents"), always in English: body and
 * number, date of adoption, document symbol, then the pinpoint:
 * "ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, para 12",
 * "UNGA Res 79/1 (22 September 2024) UN Doc A/RES/79/1". Without an adoption date the
 * bracket is left out ("ECOSOC Res 2015/26 UN Doc E/RES/2015/26"). An id the model does not
 * have, or one without a printed number, throws `CitationTargetError` (see `locate.ts`).
 */
export function oscolaCitation(res: Resolution, paraId?: string): string {
  const cited = whole(res);
  return paraId === undefined ? cited : `${cited}, ${oscolaPinpoint(locateParagraph(res, paraId))}`;
}

/** The resolution cited as a whole: body and number, date, symbol. */
function whole(res: Resolution): string {
  const date = res.adopted === null ? '' : ` (${oscolaDate(res.adopted)})`;
  return `${res.organ === 'GA' ? 'UNGA' : 'ECOSOC'} Res ${res.number}${date} UN Doc ${res.symbol}`;
}

/** What a paragraph's OSCOLA citation puts around its pinpoint: "ECOSOC Res … UN Doc E/RES/2015/26, " and nothing. */
export function oscolaSlot(res: Resolution): PinSlot {
  return pinSlot((pin) => `${whole(res)}, ${pin}`);
}
