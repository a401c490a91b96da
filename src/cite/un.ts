import type { Resolution } from '../schemas/resolution.ts';
import { locateParagraph, type Pinpoint } from './locate.ts';
import { UN_LANGUAGES, type UnLanguage } from './un-languages.ts';

/**
 * The UN's own citation, in the language of the page (`res.lang`), the forms of
 * `un-languages.ts`:
 * - resolution: "Economic and Social Council resolution 2015/26", "经济及社会理事会第2015/26号决议",
 *   "résolution 2015/26 du Conseil économique et social", "resolución 2015/26 del Consejo
 *   Económico y Social", "резолюция 2015/26 Экономического и Социального Совета",
 *   "قرار المجلس الاقتصادي والاجتماعي 2015/26"; the General Assembly's likewise ("General
 *   Assembly resolution 79/1", "大会第79/1号决议", "résolution 79/1 de l’Assemblée générale" with the
 *   typographic apostrophe the UN prints).
 * - operative paragraph, by its printed number and printed sub-labels: "…, para. 48 (c)",
 *   "…第48(c)段", "…, par. 48 c)", "…, párr. 48 c)", "…, п. 48 c)", "…، الفقرة 48 (ج)".
 * - preambular paragraph, by position (the preamble is not numbered): "third preambular
 *   paragraph", "序言部分第三段", "troisième alinéa du préambule", "tercer párrafo del preámbulo",
 *   "третий пункт преамбулы", "الفقرة الثالثة من الديباجة"; in French, Spanish, Russian and
 *   Arabic the ordinal is spelled to 20, then "alinéa 21 du préambule" and the like.
 * - annex paragraph: "…, annex, para. 3", with the annex's number when there is more than one
 *   ("annex II", "附件二", "المرفق الثاني").
 * - footnote: "…, footnote 4" ("脚注4", "note 4", "nota 4", "сноска 4", "الحاشية 4").
 * Without `paraId`, the resolution alone. An id the model does not have, or one with no
 * printed number, throws {@link CitationTargetError} (see `locate.ts`).
 */
export function unCitation(res: Resolution, paraId?: string): string {
  const language = UN_LANGUAGES[res.lang];
  const resolution = language.resolution(res.organ, res.number);
  if (paraId === undefined) return resolution;
  return `${resolution}${language.separator}${unPinpoint(res, paraId)}`;
}

/**
 * The place alone, in the page's language, without the resolution: "para. 48 (c)",
 * "annex I, para. 3", "第12段", "المرفق، الفقرة 3". Used where a format has a field of its own
 * for the pinpoint (CSL's `section`, RIS's `SE`).
 */
export function unPinpoint(res: Resolution, paraId: string): string {
  return pinpointText(UN_LANGUAGES[res.lang], locateParagraph(res, paraId));
}

/** The words of a pinpoint in one language: "para. 48 (c)", "序言部分第三段". */
export function pinpointText(language: UnLanguage, pin: Pinpoint): string {
  if (pin.kind === 'footnote') return language.footnote(pin.n);
  const labels = pin.labels.map((l) => l.printed);
  const inner = pin.kind === 'para' ? language.para(pin.number, labels) : language.preamble(pin.n, labels);
  return pin.annex ? `${language.annex(pin.annex)}${language.separator}${inner}` : inner;
}
