import type { Lang } from '../schemas/lang.ts';
import type { AnnexRef } from './locate.ts';
import { chineseNumeral, englishOrdinal, roman } from './numbers.ts';

/** The body that adopted a resolution, as the model names it. */
export type Organ = 'ECOSOC' | 'GA';

/**
 * How one UN language cites a resolution and a place in it. Every form follows what the
 * UN prints in its own footnotes of that language (checked against the UN's Akoma Ntoso
 * files of ECOSOC resolutions 2021–2024): "General Assembly resolution 76/181, annex",
 * "résolution 60/1 de l’Assemblée générale, par. 68", "резолюция 60/1 Генеральной
 * Ассамблеи, п. 68", "resolución 60/1 de la Asamblea General, párr. 68",
 * "A/57/465，附件一，第10(a)段", "القرار 76/181، المرفق", "المرفق الأول، الفقرة 10 (أ)".
 * Forms start in lower case, as inside a sentence; a caller putting one first capitalizes it.
 */
export interface UnLanguage {
  /** The resolution itself: "Economic and Social Council resolution 2015/26". */
  resolution(organ: Organ, number: string): string;
  /** An operative paragraph: its printed number, then its printed sub-labels ("para. 48 (c)"). */
  para(number: string, labels: string[]): string;
  /** The n-th preambular paragraph ("third preambular paragraph"), then any sub-labels. */
  preamble(n: number, labels: string[]): string;
  /** An annex: without a number when it is the only one ("annex"), else "annex II". */
  annex(annex: AnnexRef): string;
  /** Footnote n ("footnote 4"). */
  footnote(n: number): string;
  /** What separates the parts of a citation: ", " (Chinese: nothing; Arabic: "، "). */
  separator: string;
}

/** Labels in parentheses, one after another: " (a) (ii)" (English), "(a)(ii)" (Chinese). */
function parenthesized(labels: string[], space: string): string {
  return labels.map((l) => (/^[\u3220-\u3229\u2474-\u2487(]/.test(l) ? l : `${space}(${l})`)).join('');
}

/** Labels closed by a parenthesis, as French, Spanish and Russian print them: " a) ii)". */
function closed(labels: string[]): string {
  return labels.map((l) => ` ${l})`).join('');
}

/** A word from a table of ordinals 1–20, or null beyond it. */
function fromTable(table: readonly string[], n: number): string | null {
  return table[n - 1] ?? null;
}

const FR_ORDINALS = [
  'premier', 'deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième', 'huitième',
  'neuvième', 'dixième', 'onzième', 'douzième', 'treizième', 'quatorzième', 'quinzième', 'seizième',
  'dix-septième', 'dix-huitième', 'dix-neuvième', 'vingtième',
];
// Before a masculine noun: "primer", "tercer", "decimotercer" (apocope).
const ES_ORDINALS = [
  'primer', 'segundo', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno',
  'décimo', 'undécimo', 'duodécimo', 'decimotercer', 'decimocuarto', 'decimoquinto', 'decimosexto',
  'decimoséptimo', 'decimoctavo', 'decimonoveno', 'vigésimo',
];
const RU_ORDINALS = [
  'первый', 'второй', 'третий', 'четвертый', 'пятый', 'шестой', 'седьмой', 'восьмой', 'девятый',
  'десятый', 'одиннадцатый', 'двенадцатый', 'тринадцатый', 'четырнадцатый', 'пятнадцатый',
  'шестнадцатый', 'семнадцатый', 'восемнадцатый', 'девятнадцатый', 'двадцатый',
];
// Feminine, agreeing with الفقرة (paragraph).
const AR_ORDINALS_F = [
  'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة',
  'العاشرة', 'الحادية عشرة', 'الثانية عشرة', 'الثالثة عشرة', 'الرابعة عشرة', 'الخامسة عشرة',
  'السادسة عشرة', 'السابعة عشرة', 'الثامنة عشرة', 'التاسعة عشرة', 'العشرون',
];
// Masculine, agreeing with المرفق (annex): المرفق الأول, المرفق الثاني.
const AR_ORDINALS_M = [
  'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر',
];

/** "annex" alone for the only annex, else the word and the numeral. */
function annexWith(word: string, numeral: (n: number) => string, joiner = ' '): (a: AnnexRef) => string {
  return (a) => (a.count > 1 ? `${word}${joiner}${numeral(a.n)}` : word);
}

/** The six languages' citation forms. */
export const UN_LANGUAGES: Record<Lang, UnLanguage> = {
  en: {
    resolution: (organ, number) =>
      `${organ === 'GA' ? 'General Assembly' : 'Economic and Social Council'} resolution ${number}`,
    para: (number, labels) => `para. ${number}${parenthesized(labels, ' ')}`,
    preamble: (n, labels) => `${englishOrdinal(n)} preambular paragraph${parenthesized(labels, ' ')}`,
    annex: annexWith('annex', roman),
    footnote: (n) => `footnote ${n}`,
    separator: ', ',
  },
  zh: {
    // 经济及社会理事会第1296(XLIV)号决议: no space inside the number, as 第23(c)段.
    resolution: (organ, number) =>
      `${organ === 'GA' ? '大会' : '经济及社会理事会'}第${number.replace(/\s+/g, '')}号决议`,
    para: (number, labels) => `第${number}${parenthesized(labels, '')}段`,
    preamble: (n, labels) => `序言部分第${chineseNumeral(n)}${parenthesized(labels, '')}段`,
    annex: annexWith('附件', chineseNumeral, ''),
    footnote: (n) => `脚注${n}`,
    separator: '',
  },
  fr: {
    resolution: (organ, number) =>
      `résolution ${number} ${organ === 'GA' ? 'de l’Assemblée générale' : 'du Conseil économique et social'}`,
    para: (number, labels) => `par. ${number}${closed(labels)}`,
    preamble: (n, labels) => {
      const ordinal = fromTable(FR_ORDINALS, n);
      return `${ordinal ? `${ordinal} alinéa du préambule` : `alinéa ${n} du préambule`}${closed(labels)}`;
    },
    annex: annexWith('annexe', roman),
    footnote: (n) => `note ${n}`,
    separator: ', ',
  },
  es: {
    resolution: (organ, number) =>
      `resolución ${number} ${organ === 'GA' ? 'de la Asamblea General' : 'del Consejo Económico y Social'}`,
    para: (number, labels) => `párr. ${number}${closed(labels)}`,
    preamble: (n, labels) => {
      const ordinal = fromTable(ES_ORDINALS, n);
      return `${ordinal ? `${ordinal} párrafo del preámbulo` : `párrafo ${n} del preámbulo`}${closed(labels)}`;
    },
    annex: annexWith('anexo', roman),
    footnote: (n) => `nota ${n}`,
    separator: ', ',
  },
  ru: {
    resolution: (organ, number) =>
      `резолюция ${number} ${organ === 'GA' ? 'Генеральной Ассамблеи' : 'Экономического и Социального Совета'}`,
    para: (number, labels) => `п. ${number}${closed(labels)}`,
    preamble: (n, labels) => {
      const ordinal = fromTable(RU_ORDINALS, n);
      return `${ordinal ? `${ordinal} пункт преамбулы` : `пункт ${n} преамбулы`}${closed(labels)}`;
    },
    annex: annexWith('приложение', roman),
    footnote: (n) => `сноска ${n}`,
    separator: ', ',
  },
  ar: {
    resolution: (organ, number) =>
      `قرار ${organ === 'GA' ? 'الجمعية العامة' : 'المجلس الاقتصادي والاجتماعي'} ${number}`,
    para: (number, labels) => `الفقرة ${number}${parenthesized(labels, ' ')}`,
    preamble: (n, labels) => {
      const ordinal = fromTable(AR_ORDINALS_F, n);
      return `${ordinal ? `الفقرة ${ordinal} من الديباجة` : `الفقرة ${n} من الديباجة`}${parenthesized(labels, ' ')}`;
    },
    annex: annexWith('المرفق', (n) => AR_ORDINALS_M[n - 1] ?? String(n)),
    footnote: (n) => `الحاشية ${n}`,
    separator: '، ',
  },
};
