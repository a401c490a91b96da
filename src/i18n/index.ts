import { LANGS, type Lang } from '../schemas/lang.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import type { UiStrings } from './types.ts';
import { zh } from './zh.ts';

export { LANGS, type Lang };
export type { UiStrings };

const STRINGS: Record<Lang, UiStrings> = { ar, zh, en, fr, ru, es };

/** The interface strings of one UI language. */
export function uiStrings(lang: Lang): UiStrings {
  return STRINGS[lang];
}

/** Whether a route parameter names one of the six languages. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

// One formatter per language: lists of thousands of resolutions format a date each, and a new
// Intl.DateTimeFormat per call cost the lists' build minutes and gigabytes at 20,000 documents.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** An ISO date ("2015-07-22") as the language writes it ("2015年7月22日", "22 July 2015"). */
export function formatDate(iso: string, lang: Lang): string {
  const months = STRINGS[lang].monthNames;
  if (months) {
    const [year, month, day] = iso.split('-').map(Number);
    return `${day} ${months[(month ?? 1) - 1]} ${year}`;
  }
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(STRINGS[lang].dateLocale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}
