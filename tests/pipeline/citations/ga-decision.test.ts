import { describe, it, expect } from 'vitest';
import { gaDecision } from '../../../src/pipeline/citations/kinds/ga-decision.ts';
import type { Lang } from '../../../src/schemas/lang.ts';
import { show, type Shown } from './show.ts';

/** Clauses of E/RES/2021/20 and E/RES/2022/19 citing Assembly decisions, in the six languages. */
const CASES: [lang: Lang, text: string, expected: Shown[]][] = [
  ['en', 'Recalling also General Assembly decision 76/551 of 20 January 2022 on the Fifth United Nations Conference', [
    { link: 'decision 76/551', target: 'A/DEC/76/551' }]],
  ['en', 'Recalling further its decision 74/550 A of 13 April 2020, in which it noted', [{ link: 'decision 74/550 A', target: 'A/DEC/74/550A' }]],
  ['en', 'Recalling General Assembly decision 76/563,', [{ link: 'decision 76/563', target: 'A/DEC/76/563' }]],
  ['zh', '又回顾大会关于第五次联合国最不发达国家问题会议的2022年1月20日第76/551号决定以及', [{ link: '第76/551号决定', target: 'A/DEC/76/551' }]],
  ['fr', 'Rappelant également la décision 76/551 de l’Assemblée générale, en date du 20 janvier 2022,', [
    { link: 'décision 76/551', target: 'A/DEC/76/551' }]],
  ['es', 'Recordando además su decisión 74/550 A, de 13 de abril de 2020, en la que', [{ link: 'decisión 74/550 A', target: 'A/DEC/74/550A' }]],
  ['ru', 'ссылаясь также на решение 76/551 Генеральной Ассамблеи от 20 января 2022 года о пятой Конференции', [
    { link: 'решение 76/551', target: 'A/DEC/76/551' }]],
  ['ar', 'وإذ يشير أيضا إلى مقرر الجمعية العامة 76/551 الصادر في 20 كانون الثاني/يناير 2022', [
    { link: 'مقرر الجمعية العامة 76/551', target: 'A/DEC/76/551' }]],
  ['ar', 'وإذ تشير كذلك إلى مقررها 74/550 ألف المؤرخ 13 نيسان/أبريل 2020،', [{ link: 'مقررها 74/550 ألف', target: 'A/DEC/74/550A' }]],
];

/** Other bodies' decisions: a committee's, and a commission's whose date does not fit a GA session. */
const NONE: [lang: Lang, text: string][] = [
  ['en', 'Taking note of decision 11/101, adopted by the Committee of Experts at its eleventh session'],
  ['en', 'Recalling also its decisions 75/16 of 31 May 2019 on the organization of the annual sessions'],
  ['ru', 'ссылаясь также на свои решения 75/16 от 31 мая 2019 года об организации ежегодных сессий'],
  ['en', 'Recalling General Assembly resolution 76/258,'],
];

describe('ga-decision', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect(show(text, gaDecision.find(text, { lang }))).toEqual(expected);
  });

  it.each(NONE)('%s: nothing in %s', (lang, text) => {
    expect(gaDecision.find(text, { lang })).toEqual([]);
  });
});
