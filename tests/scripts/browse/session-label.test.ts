import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../src/schemas/lang.ts';
import { sessionHeading, sessionLabel } from '../../../src/utils/session-label.ts';

describe('sessionLabel', () => {
  it('names an annual session as the UN’s documents print their session line', () => {
    // The lines printed on E/RES/2023/* in the six languages, lower-cased where a sentence would.
    expect(Object.fromEntries(LANGS.map((lang) => [lang, sessionLabel('2023', lang)]))).toEqual({
      ar: 'دورة عام 2023',
      zh: '2023年届会',
      en: '2023 session',
      fr: 'session de 2023',
      ru: 'сессия 2023 года',
      es: 'período de sesiones de 2023',
    });
  });

  it('capitalises the name where it opens a heading, as the printed lines do', () => {
    expect(sessionHeading('2023', 'fr')).toBe('Session de 2023');
    expect(sessionHeading('2023', 'es')).toBe('Período de sesiones de 2023');
    expect(sessionHeading('2023', 'ru')).toBe('Сессия 2023 года');
    expect(sessionHeading('2023', 'zh')).toBe('2023年届会');
  });

  it('numbers the old ECOSOC sessions and the Assembly’s with figures', () => {
    expect(sessionLabel('44', 'en')).toBe('44th session');
    expect(sessionLabel('41', 'en')).toBe('41st session');
    expect(sessionLabel('11', 'en')).toBe('11th session');
    expect(sessionLabel('44', 'zh')).toBe('第44届会议');
    expect(sessionLabel('ga-79', 'en')).toBe('79th session of the General Assembly');
    expect(sessionLabel('ga-79', 'zh')).toBe('大会第79届会议');
    expect(sessionLabel('ga-79', 'ru')).toBe('79-я сессия Генеральной Ассамблеи');
  });
});
