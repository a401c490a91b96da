import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/pipeline/detect-language.ts';
import { seedText } from './text/helpers.ts';

/** The opening lines of E/RES/2015/26 in five of the six languages (the Chinese is the seed). */
const OPENINGS = {
  en: 'Resolution adopted by the Economic and Social Council on 22 July 2015\n2015/26. Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society\nThe Economic and Social Council,\nRecalling the outcome documents of the World Summit on the Information Society,',
  fr: "Résolution adoptée par le Conseil économique et social le 22 juillet 2015\n2015/26. Évaluation des progrès accomplis dans la mise en œuvre et le suivi des textes issus du Sommet mondial sur la société de l'information\nLe Conseil économique et social,\nRappelant les textes issus du Sommet mondial sur la société de l'information,",
  es: 'Resolución aprobada por el Consejo Económico y Social el 22 de julio de 2015\n2015/26. Evaluación de los progresos realizados en la aplicación y el seguimiento de los resultados de la Cumbre Mundial sobre la Sociedad de la Información\nEl Consejo Económico y Social,\nRecordando los documentos finales de la Cumbre Mundial sobre la Sociedad de la Información,',
  ru: 'Резолюция, принятая Экономическим и Социальным Советом 22 июля 2015 года\nЭкономический и Социальный Совет,\nссылаясь на итоговые документы Всемирной встречи на высшем уровне по вопросам информационного общества,',
  ar: 'قرار اتخذه المجلس الاقتصادي والاجتماعي في 22 تموز/يوليه 2015\nإن المجلس الاقتصادي والاجتماعي،\nإذ يشير إلى الوثائق الختامية لمؤتمر القمة العالمي لمجتمع المعلومات،',
} as const;

describe('detectLanguage', () => {
  describe('from a language code in the file name', () => {
    it('reads the code before the extension: "E-RES-2015-26.zh.txt"', () => {
      expect(detectLanguage(seedText, 'content/E-RES-2015-26.zh.txt')).toBe('zh');
    });

    it('reads it after a dot, an underscore or a hyphen, in either case', () => {
      expect(detectLanguage('', 'E_RES_2015_26_EN.TXT')).toBe('en');
      expect(detectLanguage('', 'E-RES-2015-26-ar.pdf')).toBe('ar');
      expect(detectLanguage('', 'sources/2015/26.Fr.xml')).toBe('fr');
    });

    it('trusts the name over the script of the text', () => {
      expect(detectLanguage(OPENINGS.en, 'E-RES-2015-26.ru.txt')).toBe('ru');
    });

    it('ignores a code that is not one of the six UN languages, and a code that is not just before the extension', () => {
      expect(detectLanguage(OPENINGS.ru, 'resolution.de.txt')).toBe('ru');
      expect(detectLanguage(OPENINGS.en, 'zh/resolution.txt')).toBe('en');
      expect(detectLanguage(OPENINGS.en, 'zh.en-archive.txt')).toBe('en');
    });
  });

  describe('from the text, when the name does not say', () => {
    it('reads the seed as Chinese, though it holds Latin symbols such as A/70/63-E/2015/10', () => {
      expect(detectLanguage(seedText, 'input.txt')).toBe('zh');
    });

    it('reads Arabic and Russian from their scripts', () => {
      expect(detectLanguage(OPENINGS.ar, 'input.txt')).toBe('ar');
      expect(detectLanguage(OPENINGS.ru, 'input.txt')).toBe('ru');
    });

    it('tells English, French and Spanish apart by their common words', () => {
      expect(detectLanguage(OPENINGS.en, 'input.txt')).toBe('en');
      expect(detectLanguage(OPENINGS.fr, 'input.txt')).toBe('fr');
      expect(detectLanguage(OPENINGS.es, 'input.txt')).toBe('es');
    });

    it('reads only the start of a long text', () => {
      expect(detectLanguage(`${OPENINGS.en}\n${' '.repeat(20000)}${OPENINGS.ru.repeat(50)}`, 'input.txt')).toBe('en');
    });

    it('falls back to English for a text with no words at all', () => {
      expect(detectLanguage('2015/26 — 54 — 2015', 'input.txt')).toBe('en');
    });
  });
});
