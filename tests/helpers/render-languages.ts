import type { Lang } from '../../src/schemas/lang.ts';

/**
 * What the UN prints around a resolution's text in each language, as the renderer needs it:
 * the first page's masthead, the agenda line, the annex line, the footnote marks, the title
 * line, and the measure of a line. The words are the UN's, as its PDFs and its Akoma Ntoso
 * cover pages print them ("Point 18 b) de l’ordre du jour", "البند 18 (ب) من جدول الأعمال").
 */
export interface PrintedLanguage {
  /** "United Nations", the organ, and the distribution line of the first page's masthead. */
  masthead: [string, string, string];
  /** The agenda line, from the item as printed ("18 b)"). */
  agendaLine(item: string): string;
  /** The line that opens annex `n` of `count`: "Annex", "Annex II", "المرفق الثاني", "附件二". */
  annexLine(n: number, count: number): string;
  /** The "please recycle" line beside the barcode. */
  recycle: string;
  /** The language letter of the job number: "23-11566 (F)". */
  jobLetter: string;
  /** The number and title line: "2023/3. Title", "2023/3.标题", "2023/3 - العنوان". */
  titleLine(number: string, title: string): string;
  /** A footnote mark as printed: "1", or "(1)" in Arabic. */
  mark(n: number): string;
  /** Body text measure in display columns (a CJK character is two): ~85 characters, or ~36 CJK ones. */
  measure: number;
  /** Footnotes are set smaller, so more of them fit on a line. */
  footnoteMeasure: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const AR_ORDINALS = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر'];
const ZH_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const latin = (word: string) => (n: number, count: number) => (count === 1 ? word : `${word} ${ROMAN[n - 1] ?? n}`);
const dotted = (number: string, title: string) => `${number}. ${title}`;
const plain = (n: number) => String(n);

export const PRINTED: Record<Lang, PrintedLanguage> = {
  en: {
    masthead: ['United Nations', 'Economic and Social Council', 'Distr.: General'],
    agendaLine: (item) => `Agenda item ${item}`,
    annexLine: latin('Annex'),
    recycle: 'Please recycle',
    jobLetter: 'E',
    titleLine: dotted,
    mark: plain,
    measure: 85,
    footnoteMeasure: 100,
  },
  fr: {
    masthead: ['Nations Unies', 'Conseil économique et social', 'Distr. générale'],
    agendaLine: (item) => `Point ${item} de l’ordre du jour`,
    annexLine: latin('Annexe'),
    recycle: 'Merci de recycler',
    jobLetter: 'F',
    titleLine: dotted,
    mark: plain,
    measure: 85,
    footnoteMeasure: 100,
  },
  es: {
    masthead: ['Naciones Unidas', 'Consejo Económico y Social', 'Distr. general'],
    agendaLine: (item) => `Tema ${item} del programa`,
    annexLine: latin('Anexo'),
    recycle: 'Se ruega reciclar',
    jobLetter: 'S',
    titleLine: dotted,
    mark: plain,
    measure: 85,
    footnoteMeasure: 100,
  },
  ru: {
    masthead: ['Организация Объединенных Наций', 'Экономический и Социальный Совет', 'Distr.: General'],
    agendaLine: (item) => `Пункт ${item} повестки дня`,
    annexLine: latin('Приложение'),
    recycle: 'Просьба отправить на вторичную переработку',
    jobLetter: 'R',
    titleLine: dotted,
    mark: plain,
    measure: 85,
    footnoteMeasure: 100,
  },
  ar: {
    masthead: ['الأمم المتحدة', 'المجلس الاقتصادي والاجتماعي', 'Distr.: General'],
    agendaLine: (item) => `البند ${item} من جدول الأعمال`,
    annexLine: (n, count) => (count === 1 ? 'المرفق' : `المرفق ${AR_ORDINALS[n - 1] ?? n}`),
    recycle: 'يرجى إعادة الاستعمال',
    jobLetter: 'A',
    // Arabic prints a dash, not a full stop, between the number and the title; marks in brackets.
    titleLine: (number, title) => `${number} - ${title}`,
    mark: (n) => `(${n})`,
    measure: 85,
    footnoteMeasure: 100,
  },
  zh: {
    masthead: ['联合国', '经济及社会理事会', 'Distr.: General'],
    agendaLine: (item) => `议程项目 ${item}`,
    annexLine: (n, count) => (count === 1 ? '附件' : `附件${ZH_NUMERALS[n - 1] ?? n}`),
    recycle: '请回收',
    jobLetter: 'C',
    titleLine: (number, title) => `${number}.${title}`,
    mark: plain,
    measure: 74,
    footnoteMeasure: 90,
  },
};
