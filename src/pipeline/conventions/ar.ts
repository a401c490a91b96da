import { toAsciiDigits } from '../ascii-digits.ts';
import { isoDate, type Conventions } from './types.ts';

// The UN's Arabic gives each month two names, Levantine and Egyptian: "حزيران/يونيه". The second decides.
const MONTHS = [['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'إبريل', 'ابريل'], ['مايو'], ['يونيه', 'يونيو'], ['يوليه', 'يوليو'], ['أغسطس', 'اغسطس'], ['سبتمبر'], ['أكتوبر', 'اكتوبر'], ['نوفمبر'], ['ديسمبر']];
const DIGITS = '[0-9\\u0660-\\u0669]';

const UNITS = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية'];
const TENS = ['العشرون', 'الثلاثون', 'الأربعون', 'الخمسون', 'الستون', 'السبعون', 'الثمانون', 'التسعون'];

/** A meeting's ordinal in words: "الأولى" 1, "الحادية عشرة" 11, "الخامسة والعشرون" 25, "الثلاثون" 30. */
function ordinalNumber(words: string): number | null {
  let n = 0;
  for (const word of words.split(/\s+/)) {
    const unit = UNITS.indexOf(word);
    const ten = TENS.indexOf(word.replace(/^و/, ''));
    if (unit >= 0) n += unit === 10 ? 1 : unit + 1;
    else if (word === 'عشرة') n += 10;
    else if (ten >= 0) n += (ten + 2) * 10;
  }
  return n > 0 ? n : null;
}

/** Arabic: how the UN prints resolutions in Arabic (right to left; Western or Arabic-Indic digits). */
export const ar: Conventions = {
  lang: 'ar',
  session: /^\s*(دورة\s+عام\s+[0-9\u0660-\u0669]{4}|الدورة\s+\S.*)\s*$/,
  agendaItem: /^\s*البند(?:ان)?\s+(\S.*?)\s+من\s+جدول\s+الأعمال\s*$/,
  recycle: /^\s*يرجى\s+إعادة\s+الاستعمال\s*$/,
  masthead: [/^\s*الأمم\s+المتحدة\s*$/, /^\s*(?:المجلس\s+الاقتصادي\s+والاجتماعي|الجمعية\s+العامة)\s*$/, /^\s*Distr\.?\s*:?\s*\S.*$/, /^\s*(?:توزيع\s+عام|الأصل\s*:\s*\S+)\s*$/],
  adoptionLine: /^قرار\s+اتخذه\s+(?:المجلس\s+الاقتصادي\s+والاجتماعي|الجمعية\s+العامة)(?:\s+.+)?$/,
  // "إن المجلس الاقتصادي والاجتماعي،"; some files set a space before the comma, or vowel marks on إنَّ.
  formula: /^إن[\u064b-\u0652]*\s+(?:المجلس\s+الاقتصادي\s+والاجتماعي|الجمعية\s+العامة)\s*[،,]?$/,
  leadWord: /^(?:وإذ|إذ|وقد|واقتناعا|وتصميما|وإيمانا|واعترافا|وتسليما)(?![\u0621-\u064a])/,
  annex: /^المرفق(?:\s+\S+)?$/,
  part: /^(?:ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء)$/,
  // "الجلسة العامة 25", or the ordinal in words: "الجلسة العامة الأولى", "الجلسة العامة الخامسة والعشرون".
  meeting: new RegExp(`الجلسة\\s+العامة\\s+(?:(${DIGITS}+)|((?:${[...UNITS, ...TENS].join('|')})(?:\\s+(?:عشرة|و(?:${TENS.join('|')})))?))`),
  meetingNumber: (m) => (m[1] ? Number(toAsciiDigits(m[1])) : ordinalNumber(m[2] ?? '')),
  date: new RegExp(`(${DIGITS}{1,2})\\s+[\\u0621-\\u064a ]+/([\\u0621-\\u064a]+)\\s+(${DIGITS}{4})`),
  parseDate: (m) => isoDate(Number(toAsciiDigits(m[3] ?? '')), MONTHS.findIndex((names) => names.includes(m[2] ?? '')) + 1, Number(toAsciiDigits(m[1] ?? ''))),
  bracketedMarks: true,
  decimalComma: true,
  organ: (text) => (/المجلس\s+الاقتصادي\s+والاجتماعي/.test(text) ? 'ECOSOC' : /الجمعية\s+العامة/.test(text) ? 'GA' : null),
  reissue: /أعيد\s+(?:إصدارها|إصداره|إصدار\s+الوثيقة|نشرها|نشره)\s+لأسباب\s+(?:فنية|تقنية)|إعادة\s+إصدار\s+مصوبة/,
};
