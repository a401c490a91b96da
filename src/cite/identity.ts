import type { Lang } from '../schemas/lang.ts';
import type { Resolution } from '../schemas/resolution.ts';
import type { Organ } from './un-languages.ts';

/**
 * A stable citation key for the download formats (CSL-JSON `id`, BibTeX key, RIS `ID`):
 * the symbol with every run of other characters than ASCII letters and digits made one
 * hyphen, "E/RES/2015/26" → "E-RES-2015-26", "E/RES/1296 (XLIV)" → "E-RES-1296-XLIV"; for a
 * paragraph the id is added, "E-RES-2015-26-para-12". The key does not name the language:
 * the six versions are one resolution, and a bibliography holds it once.
 */
export function citationKey(symbol: string, paraId?: string): string {
  const key = symbol.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return paraId === undefined ? key : `${key}-${paraId}`;
}

/**
 * The URL a download points at: the page's absolute URL, at `#paraId` when a paragraph is
 * cited, without any fragment otherwise. Throws a TypeError for a URL that is not absolute.
 */
export function citedUrl(pageUrl: string, paraId?: string): string {
  const url = new URL(pageUrl);
  url.hash = paraId ?? '';
  return url.href;
}

/** The organs' names, as each language's resolutions print them, for metadata fields. */
export const ORGAN_NAMES: Record<Lang, Record<Organ, string>> = {
  en: { ECOSOC: 'Economic and Social Council', GA: 'General Assembly' },
  zh: { ECOSOC: '经济及社会理事会', GA: '大会' },
  fr: { ECOSOC: 'Conseil économique et social', GA: 'Assemblée générale' },
  es: { ECOSOC: 'Consejo Económico y Social', GA: 'Asamblea General' },
  ru: { ECOSOC: 'Экономический и Социальный Совет', GA: 'Генеральная Ассамблея' },
  ar: { ECOSOC: 'المجلس الاقتصادي والاجتماعي', GA: 'الجمعية العامة' },
};

/** "United Nations" in each language: the publisher of every resolution. */
export const UNITED_NATIONS: Record<Lang, string> = {
  en: 'United Nations',
  zh: '联合国',
  fr: 'Nations Unies',
  es: 'Naciones Unidas',
  ru: 'Организация Объединенных Наций',
  ar: 'الأمم المتحدة',
};

/** The issuing organ's name in the page's language. */
export function organName(res: Pick<Resolution, 'organ' | 'lang'>): string {
  return ORGAN_NAMES[res.lang][res.organ];
}
