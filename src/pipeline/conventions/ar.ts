import { toAsciiDigits } from '../ascii-digits.ts';
import { isoDate, type Conventions } from './types.ts';

// The UN's Arabic gives each month two names, Levantine and Egyptian: "حزيران/يونيه". The second decides.
const MONTHS = [['يناير'], ['فبراير'], ['مارس'], ['أبريل', 'إبريل', 'ابريل'], ['مايو'], ['يونيه', 'يونيو'], ['يوليه', 'يوليو'], ['أغسطس', 'اغسطس'], ['سبتمبر'], ['أكتوبر', 'اكتوبر'], ['نوفمبر'], ['ديسمبر']];
const DIGITS = '[0-9\\u0660-\\u0669]';

/** Arabic: how the UN prints resolutions in Arabic (right to left; Western or Arabic-Indic digits). */
export const ar: Conventions = {
  lang: 'ar',
  session: /^\s*(دورة\s+عام\s+[0-9\u0660-\u0669]{4}|الدورة\s+\S.*)\s*$/,
  agendaItem: /^\s*البند(?:ان)?\s+(\S.*?)\s+من\s+جدول\s+الأعمال\s*$/,
  recycle: /^\s*يرجى\s+إعادة\s+الاستعمال\s*$/,
  masthead: [/^\s*الأمم\s+المتحدة\s*$/, /^\s*(?:المجلس\s+الاقتصادي\s+والاجتماعي|الجمعية\s+العامة)\s*$/, /^\s*Distr\.?\s*:?\s*\S.*$/, /^\s*(?:توزيع\s+عام|الأصل\s*:\s*\S+)\s*$/],
  adoptionLine: /^قرار\s+اتخذه\s+(?:المجلس\s+الاقتصادي\s+والاجتماعي|الجمعية\s+العامة)(?:\s+.+)?$/,
  formula: /^إن\s+(?:المجلس\s+الاقتصادي\s+والاجتماعي|الجمعية\s+العامة)[،,]?$/,
  leadWord: /^(?:وإذ|إذ|وقد|واقتناعا|وتصميما|وإيمانا|واعترافا|وتسليما)(?![\u0621-\u064a])/,
  annex: /^المرفق(?:\s+\S+)?$/,
  meeting: new RegExp(`الجلسة\\s+العامة\\s+(${DIGITS}+)`),
  date: new RegExp(`(${DIGITS}{1,2})\\s+[\\u0621-\\u064a ]+/([\\u0621-\\u064a]+)\\s+(${DIGITS}{4})`),
  parseDate: (m) => isoDate(Number(toAsciiDigits(m[3] ?? '')), MONTHS.findIndex((names) => names.includes(m[2] ?? '')) + 1, Number(toAsciiDigits(m[1] ?? ''))),
  organ: (text) => (/المجلس\s+الاقتصادي\s+والاجتماعي/.test(text) ? 'ECOSOC' : /الجمعية\s+العامة/.test(text) ? 'GA' : null),
};
