import { describe, it, expect } from 'vitest';
import {
  ecosocDecisionTarget, ecosocTarget, gaDecisionTarget, gaTarget,
} from '../../../src/pipeline/citations/resolution-number.ts';

describe('canonical symbols of printed numbers', () => {
  it('reads year/number as ECOSOC and session/number as the GA', () => {
    expect([ecosocTarget('2014/27'), gaTarget('2014/27')]).toEqual(['E/RES/2014/27', null]);
    expect([ecosocTarget('69/204'), gaTarget('69/204')]).toEqual([null, 'A/RES/69/204']);
    expect([ecosocDecisionTarget('2015/237'), gaDecisionTarget('76/563')]).toEqual(['E/DEC/2015/237', 'A/DEC/76/563']);
  });

  it('glues a part letter on, upper case, in Latin or Arabic', () => {
    expect(gaTarget('54/237 C')).toBe('A/RES/54/237C');
    expect(gaTarget('57/270 باء')).toBe('A/RES/57/270B');
    expect(ecosocTarget('2021/2 B')).toBe('E/RES/2021/2B');
  });

  it('writes special and emergency sessions as S- and ES-, from Latin or Arabic prefixes', () => {
    expect(['S-27/2', 'ES-10/19', 'دإ-30/1', 'دإط-10/15', 'S‑23/3'].map((n) => gaTarget(n))).toEqual([
      'A/RES/S-27/2', 'A/RES/ES-10/19', 'A/RES/S-30/1', 'A/RES/ES-10/15', 'A/RES/S-23/3',
    ]);
  });

  it('writes the pre-1978 style with the roman session, no space and no part letter', () => {
    expect(gaTarget('217 A (III)')).toBe('A/RES/217(III)');
    expect(gaTarget('1514(XV)')).toBe('A/RES/1514(XV)');
    expect(gaTarget('2200 A (XXI)')).toBe('A/RES/2200(XXI)');
    expect(gaTarget('1514 (د-15)')).toBe('A/RES/1514(XV)');
    expect(ecosocTarget('1296 (XLIV)')).toBe('E/RES/1296(XLIV)');
    expect(ecosocTarget('155 C (VII)')).toBe('E/RES/155(VII)');
    expect(ecosocTarget('2088 (LXIII)')).toBe('E/RES/2088(LXIII)');
    expect([gaTarget('1296 (XLIV)'), ecosocTarget('217 A (III)')]).toEqual([null, null]);
    expect([ecosocDecisionTarget('1296 (XLIV)'), gaTarget('12 (IIII)')]).toEqual([null, null]);
  });

  it('refuses numbers another body must have given', () => {
    expect(gaTarget('24/7')).toBeNull(); // before the GA's 31st session it numbered "3281 (XXIX)"
    expect(gaTarget('64/1', 2008)).toBeNull(); // the GA's 64th session ran 2009–2010
    expect(gaTarget('70/1', 2015)).toBe('A/RES/70/1');
    expect(gaTarget('70/299', 2016)).toBe('A/RES/70/299');
    expect(ecosocTarget('2021/4', 2020)).toBe('E/RES/2021/4'); // ECOSOC's 2021 session opened in July 2020
    expect(ecosocTarget('2014/27', 2016)).toBeNull();
    expect([ecosocTarget('1900/2'), ecosocTarget('2014/027'), gaTarget('0/1')]).toEqual([null, null, null]);
  });
});
