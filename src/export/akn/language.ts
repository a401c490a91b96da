import type { Lang } from '../../schemas/lang.ts';

/**
 * How the UN's own Akoma Ntoso files name and print things in each language: the
 * ISO 639-2 code of `FRBRlanguage` and the expression URI ("eng", "zho"), the formula above
 * the preamble, and the closing lines.
 */

/** The FRBR language code the UN's files use: ISO 639-2/T, "zho" for Chinese. */
export const AKN_LANGUAGE: Record<Lang, string> = { ar: 'ara', zh: 'zho', en: 'eng', fr: 'fra', ru: 'rus', es: 'spa' };

const FORMULA: Record<'ECOSOC' | 'GA', Record<Lang, string>> = {
  ECOSOC: {
    ar: 'إن المجلس الاقتصادي والاجتماعي،',
    zh: '经济及社会理事会，',
    en: 'The Economic and Social Council,',
    fr: 'Le Conseil économique et social,',
    ru: 'Экономический и Социальный Совет,',
    es: 'El Consejo Económico y Social,',
  },
  GA: {
    ar: 'إن الجمعية العامة،',
    zh: '大会，',
    en: 'The General Assembly,',
    fr: 'L’Assemblée générale,',
    ru: 'Генеральная Ассамблея,',
    es: 'La Asamblea General,',
  },
};

/** The formula printed above the preamble: "The Economic and Social Council,". */
export function formulaText(organ: 'ECOSOC' | 'GA', lang: Lang): string {
  return FORMULA[organ][lang];
}

/** The closing meeting line as the UN prints it: "26th plenary meeting", "第26次全体会议". */
export function meetingLine(meeting: number, lang: Lang): string {
  switch (lang) {
    case 'ar':
      return `الجلسة العامة ${meeting}`;
    case 'zh':
      return `第${meeting}次全体会议`;
    case 'en':
      return `${meeting}${englishOrdinal(meeting)} plenary meeting`;
    case 'fr':
      return `${meeting}${meeting === 1 ? 're' : 'e'} séance plénière`;
    case 'ru':
      return `${meeting}-е пленарное заседание`;
    case 'es':
      return `${meeting}ª sesión plenaria`;
  }
}

function englishOrdinal(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** The closing date as printed in the language ("7 June 2023", "2023年6月7日"), from an ISO date. */
export function printedDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  // The UN's English prints the day first ("7 June 2023"), as British English does.
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
