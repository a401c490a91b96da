import { NUMBER } from './resolution-number.ts';
import { OTHER_BODY_ES } from './other-body.ts';
import { follows } from './follows.ts';
import { pinpoint } from './pinpoint.ts';
import { scanWords, type WordGrammar } from './scan-words.ts';
import type { PrintedResolution } from './printed-resolution.ts';

/**
 * Spanish citations: "su resolución 2022/15, de 21 de julio de 2022", "la resolución 70/1
 * de la Asamblea General", "las resoluciones de la Asamblea General 1514 (XV), de 14 de
 * diciembre de 1960, y 1541 (XV)", "el párrafo 57 de la resolución 2014/27",
 * "decisión 2023/201". "del Consejo de Derechos Humanos" after the number marks another body.
 */
const DATE = String.raw`,?\s+de\s+\d{1,2}\s+(?:de\s+)?\p{L}+\s+de\s+\d{4}`;
/** A title or subject between two items of a list: ", titulada “…”", ", relativa a …". */
const TITLE = String.raw`(?:,?\s+(?:titulad[ao]s?\s+“[^”]{1,400}”|(?:relativ[ao]s?\s+a|sobre)\s+[^;:“”]{1,200}?))`;
const ORGAN = String.raw`(?:de\s+la\s+Asamblea(?:\s+General)?|del\s+Consejo\s+Económico\s+y\s+Social|del\s+Consejo)`;
const PARA = pinpoint('párrafos?', 'y|a');

const ES: WordGrammar = {
  start: new RegExp(String.raw`(?<![\p{L}\p{N}])([Rr]esoluci(?:ón|ones)|[Dd]ecisi(?:ón|ones))\s+(?:${ORGAN}\s+)?(${NUMBER})`, 'gu'),
  decision: /^[Dd]/,
  next: new RegExp(String.raw`(?:${DATE})?${TITLE}?(?:,\s*anexo)?(?:\s*,\s*(?:[ye]\s+)?|,?\s+[ye]\s+)(${NUMBER})`, 'yu'),
  paraBefore: new RegExp(String.raw`(?<!\p{L})${PARA}\s+(?:de\s+(?:su|la|sus|las|esa|esta)|del)\s+$`, 'u'),
  date: new RegExp(DATE, 'yu'),
  paraAfter: new RegExp(String.raw`(?:${DATE})?,?\s+${PARA}`, 'yu'),
  otherBody: follows(OTHER_BODY_ES),
};

/** Every resolution or decision number cited in Spanish `text`, whatever its organ. */
export function scanEs(text: string): PrintedResolution[] {
  return scanWords(text, ES);
}
