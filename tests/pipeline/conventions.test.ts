import { describe, expect, it } from 'vitest';
import { CONVENTIONS } from '../../src/pipeline/conventions/index.ts';
import { isStandaloneLine } from '../../src/pipeline/conventions/standalone.ts';
import type { Conventions } from '../../src/pipeline/conventions/types.ts';

const { ar, zh, en, fr, ru, es } = CONVENTIONS;

/** The meeting number a closing line gives, as the importer reads it. */
function meeting(conventions: Conventions, line: string): number | null {
  const m = conventions.meeting.exec(line);
  if (!m) return null;
  return conventions.meetingNumber ? conventions.meetingNumber(m) : Number(m[1]);
}

/** The ISO date a line gives. */
function date(conventions: Conventions, line: string): string | null {
  const m = conventions.date.exec(line);
  return m ? conventions.parseDate(m) : null;
}

// Every line here is printed so in the UN's Akoma Ntoso files of 2021–2024 (cover pages and conclusions).
describe('the printed conventions of the six languages', () => {
  it('reads the session and agenda lines of each language', () => {
    expect(fr.session.exec('Session de 2023')?.[1]).toBe('Session de 2023');
    expect(fr.agendaItem.exec('Point 18 b) de l’ordre du jour')?.[1]).toBe('18 b)');
    expect(es.session.exec('Período de sesiones de 2023')?.[1]).toBe('Período de sesiones de 2023');
    expect(es.agendaItem.exec('Tema 18 b) del programa')?.[1]).toBe('18 b)');
    expect(ru.session.exec('Сессия 2023 года')?.[1]).toBe('Сессия 2023 года');
    expect(ru.agendaItem.exec('Пункт 18 b) повестки дня')?.[1]).toBe('18 b)');
    expect(ar.session.exec('دورة عام 2023')?.[1]).toBe('دورة عام 2023');
    expect(ar.agendaItem.exec('البند 18 (ب) من جدول الأعمال')?.[1]).toBe('18 (ب)');
    expect(zh.session.exec('2021年届会')?.[1]).toBe('2021年届会');
    expect(zh.agendaItem.exec('议程项目18(b)')?.[1]).toBe('18(b)');
  });

  it('reads the adoption line and the date in it', () => {
    const lines: [Conventions, string, string][] = [
      [fr, 'Résolution adoptée par le Conseil économique et social le 7 juin 2023', '2023-06-07'],
      [es, 'Resolución aprobada por el Consejo Económico y Social el 7 de junio de 2023', '2023-06-07'],
      [ru, 'Резолюция, принятая Экономическим и Социальным Советом 7 июня 2023 года', '2023-06-07'],
      [ar, 'قرار اتخذه المجلس الاقتصادي والاجتماعي في 7 حزيران/يونيه 2023', '2023-06-07'],
      [ar, 'قرار اتخذه المجلس الاقتصادي والاجتماعي في 14 كانون الأول/ديسمبر 2023', '2023-12-14'],
      [zh, '2023年6月7日经济及社会理事会决议', '2023-06-07'],
    ];
    for (const [conventions, line, iso] of lines) {
      expect(conventions.adoptionLine.test(line), line).toBe(true);
      expect(date(conventions, line), line).toBe(iso);
    }
  });

  it('reads the Arabic formula with a space before its comma, or with vowel marks on إنَّ', () => {
    for (const line of ['إن المجلس الاقتصادي والاجتماعي،', 'إن المجلس الاقتصادي والاجتماعي ،', 'إنَّ المجلس الاقتصادي والاجتماعي،', 'إن المجلس الاقتصادي والاجتماعي']) expect(ar.formula.test(line), line).toBe(true);
  });

  it('reads the meeting number in digits, with each language\'s ordinal ending', () => {
    expect(meeting(fr, '25e séance plénière')).toBe(25);
    expect(meeting(fr, '1re séance plénière')).toBe(1);
    expect(meeting(ru, '25‑е пленарное заседание')).toBe(25);
    expect(meeting(ru, '8-e пленарное заседание')).toBe(8); // a Latin e, as the Russian 2021/13 prints it
    expect(meeting(es, '25ª sesión plenaria')).toBe(25);
    expect(meeting(es, '43 a reunión plenaria')).toBe(43);
    expect(meeting(es, '13ra sesión plenaria')).toBe(13);
    expect(meeting(ar, 'الجلسة العامة 25')).toBe(25);
    expect(meeting(zh, '第25次全体会议')).toBe(25);
    expect(meeting(en, '21st plenary meeting')).toBe(21);
  });

  it('reads a meeting number spelled as an ordinal, as some Spanish and Arabic files print it', () => {
    expect(meeting(es, 'Octava sesión plenaria')).toBe(8);
    expect(meeting(es, 'Primera sesión plenaria')).toBe(1);
    expect(meeting(es, 'Vigésima quinta sesión plenaria')).toBe(25);
    expect(meeting(es, 'Decimotercera sesión plenaria')).toBe(13);
    expect(meeting(ar, 'الجلسة العامة الأولى')).toBe(1);
    expect(meeting(ar, 'الجلسة العامة الحادية عشرة')).toBe(11);
    expect(meeting(ar, 'الجلسة العامة الخامسة والعشرون')).toBe(25);
  });

  it('keeps an ordinal meeting line on its own, like one in digits', () => {
    expect(isStandaloneLine(es, 'Octava sesión plenaria')).toBe(true);
    expect(isStandaloneLine(ar, 'الجلسة العامة الأولى')).toBe(true);
  });

  it('knows the letters that head the parts of a resolution, and keeps them on their own line', () => {
    for (const [conventions, letter] of [[en, 'B'], [fr, 'C'], [es, 'A'], [ru, 'B'], [zh, 'A'], [ar, 'باء']] as const) {
      expect(conventions.part.test(letter), `${conventions.lang} ${letter}`).toBe(true);
      expect(isStandaloneLine(conventions, letter)).toBe(true);
    }
    expect(en.part.test('Annex')).toBe(false);
    expect(ar.part.test('المرفق')).toBe(false);
  });

  it('knows the lead words after an adverb, where the participle is in lower case', () => {
    expect(en.leadWord.test('Deeply concerned about violence against women')).toBe(true);
    expect(fr.leadWord.test('Profondément préoccupé par les violences')).toBe(true);
    expect(es.leadWord.test('Profundamente preocupado por la violencia')).toBe(true);
    // Without an adverb, a lower-case word is a wrapped line, not a new paragraph.
    expect(en.leadWord.test('concerned about violence against women')).toBe(false);
  });

  it('knows more Chinese lead words, and takes 并 ("and") for none', () => {
    for (const text of ['赞扬参加人道主义行动的人员', '鼓励会员国', '在这方面回顾', '强烈谴责对人道主义人员的袭击', '听取了', '念及亟须']) expect(zh.leadWord.test(text), text).toBe(true);
    expect(zh.leadWord.test('并认识到应该对技术趋势进行分析')).toBe(false);
  });

  it('says how each language prints footnote marks, numbers and paragraphs', () => {
    expect(ar.bracketedMarks).toBe(true);
    expect([fr, es, ru, ar].every((c) => c.decimalComma)).toBe(true);
    expect([en, zh].some((c) => c.decimalComma)).toBe(false);
    expect(ru.lowerCaseParagraphs).toBe(true);
  });
});
