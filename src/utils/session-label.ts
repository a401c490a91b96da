import type { Lang } from '../schemas/lang.ts';

/** English ordinal suffix: 1st, 2nd, 3rd, 11th, 44th. */
function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

// The annual sessions as the UN's documents name them ("2023 session", "2023年届会", "دورة عام 2023").
const ANNUAL: Record<Lang, (year: string) => string> = {
  ar: (year) => `دورة عام ${year}`,
  zh: (year) => `${year}年届会`,
  en: (year) => `${year} session`,
  fr: (year) => `session de ${year}`,
  ru: (year) => `сессия ${year} года`,
  es: (year) => `período de sesiones de ${year}`,
};

// Numbered sessions, with figures rather than ordinal words, which no six-language table here spells right.
const NUMBERED: Record<Lang, (n: number) => string> = {
  ar: (n) => `الدورة ${n}`,
  zh: (n) => `第${n}届会议`,
  en: (n) => `${englishOrdinal(n)} session`,
  fr: (n) => `${n}e session`,
  ru: (n) => `${n}-я сессия`,
  es: (n) => `${n}.º período de sesiones`,
};

const ASSEMBLY: Record<Lang, (n: number) => string> = {
  ar: (n) => `الدورة ${n} للجمعية العامة`,
  zh: (n) => `大会第${n}届会议`,
  en: (n) => `${englishOrdinal(n)} session of the General Assembly`,
  fr: (n) => `${n}e session de l’Assemblée générale`,
  ru: (n) => `${n}-я сессия Генеральной Ассамблеи`,
  es: (n) => `${n}.º período de sesiones de la Asamblea General`,
};

/**
 * A session key (see session-key.ts) named as in running text of the language: "2023 session",
 * "session de 2023", "сессия 2023 года", "44th session", "79th session of the General Assembly".
 */
export function sessionLabel(key: string, lang: Lang): string {
  const assembly = /^ga-(\d+)$/.exec(key);
  if (assembly) return ASSEMBLY[lang](Number(assembly[1]));
  return /^\d{4}$/.test(key) ? ANNUAL[lang](key) : NUMBERED[lang](Number(key));
}

/** The same name opening a line or a heading: "Session de 2023", "Período de sesiones de 2023". */
export function sessionHeading(key: string, lang: Lang): string {
  const label = sessionLabel(key, lang);
  return label.charAt(0).toLocaleUpperCase(lang) + label.slice(1);
}
