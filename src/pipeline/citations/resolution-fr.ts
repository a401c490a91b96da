import { NUMBER } from './resolution-number.ts';
import { OTHER_BODY_FR } from './other-body.ts';
import { follows } from './follows.ts';
import { pinpoint } from './pinpoint.ts';
import { scanWords, type WordGrammar } from './scan-words.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * French citations: "sa résolution 2022/15 du 21 juillet 2022", "la résolution 70/1 de
 * l’Assemblée générale", "les résolutions de l’Assemblée générale 1514 (XV) et 1541 (XV)",
 * "résolutions 2021/28 et 2022/15", "paragraphe 57 de sa résolution 2014/27",
 * "décision 2023/201". The link text runs from "résolution" to the number (with the
 * organ when it stands between them); "du Conseil des droits de l’homme" after the
 * number marks another body.
 */
const DATE = String.raw`,?\s+(?:du|en date du)\s+\d{1,2}(?:er)?\s+\p{L}+\s+\d{4}`;
/** A title or subject between two items of a list: ", intitulée « … »", " sur …". */
const TITLE = String.raw`(?:,?\s+(?:intitulée?s?\s+«[^»]{1,400}»|(?:sur|relatives?\s+(?:à|au|aux))\s+[^;:«»]{1,200}?))`;
const ORGAN = String.raw`(?:de\s+l['’]Assemblée(?:\s+générale)?|du\s+Conseil\s+économique\s+et\s+social|du\s+Conseil)`;
const PARA = pinpoint('paragraphes?', 'et|à');

const FR: WordGrammar = {
  start: new RegExp(String.raw`(?<![\p{L}\p{N}])([Rr]ésolutions?|[Dd]écisions?)\s+(?:${ORGAN}\s+)?(${NUMBER})`, 'gu'),
  decision: /^[Dd]/,
  next: new RegExp(String.raw`(?:${DATE})?${TITLE}?(?:,\s*annexe)?(?:\s*,\s*(?:et\s+)?|,?\s+et\s+)(${NUMBER})`, 'yu'),
  paraBefore: new RegExp(String.raw`(?<!\p{L})${PARA}\s+(?:de\s+(?:sa|la|ses|leur|cette)|des|du)\s+$`, 'u'),
  date: new RegExp(DATE, 'yu'),
  paraAfter: new RegExp(String.raw`(?:${DATE})?,?\s+${PARA}`, 'yu'),
  otherBody: follows(OTHER_BODY_FR),
};

/** Every resolution or decision number cited in French `text`, whatever its organ. */
export function scanFr(text: string): PrintedResolution[] {
  return scanWords(text, FR);
}
