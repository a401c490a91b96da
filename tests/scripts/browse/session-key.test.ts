import { describe, expect, it } from 'vitest';
import { fromRoman, newestSessionFirst, sessionKey } from '../../../src/utils/session-key.ts';

const card = (symbol: string, session: string | null = null, organ: 'ECOSOC' | 'GA' = 'ECOSOC') => ({ symbol, organ, session });

describe('sessionKey', () => {
  it('takes an annual ECOSOC session from the symbol, whatever the printed line says', () => {
    expect(sessionKey(card('E/RES/2023/3', '2023 session'))).toBe('2023');
    expect(sessionKey(card('E/RES/2021/1'))).toBe('2021');
    expect(sessionKey(card('E/RES/2015/26', '2015 年会议'))).toBe('2015');
  });

  it('takes a numbered ECOSOC session from the Roman numeral of an old symbol', () => {
    expect(sessionKey(card('E/RES/1296(XLIV)'))).toBe('44');
    expect(sessionKey(card('E/RES/1296 (XLIV)'))).toBe('44');
    expect(fromRoman('XLIV')).toBe(44);
    expect(fromRoman('LXIII')).toBe(63);
    expect(fromRoman('2023')).toBeNull();
  });

  it('keeps a General Assembly session apart from the ECOSOC session of the same number', () => {
    expect(sessionKey(card('A/RES/79/1', null, 'GA'))).toBe('ga-79');
    expect(sessionKey(card('A/RES/44/10', null, 'GA'))).not.toBe(sessionKey(card('E/RES/1296(XLIV)')));
  });

  it('falls back on the year of the printed session line, in any language', () => {
    for (const line of ['2023 session', '2023年届会', 'دورة عام 2023', 'Сессия 2023 года', 'Período de sesiones de 2023', 'Session de 2023']) {
      expect(sessionKey(card('E/2023/L.5', line)), line).toBe('2023');
    }
  });

  it('gives null when nothing tells the session', () => {
    expect(sessionKey(card('E/2023/L.5'))).toBeNull();
    expect(sessionKey(card('E/2023/L.5', 'Organizational session'))).toBeNull();
  });

  it('orders sessions newest first, the old numbered ones and the Assembly’s by their years', () => {
    expect(['2021', '44', 'ga-79', '2024', '3'].sort(newestSessionFirst)).toEqual(['ga-79', '2024', '2021', '44', '3']);
  });
});
