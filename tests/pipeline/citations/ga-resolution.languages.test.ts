import { describe, it, expect } from 'vitest';
import { gaResolution } from '../../../src/pipeline/citations/kinds/ga-resolution.ts';
import type { Lang } from '../../../src/schemas/lang.ts';
import { show, type Shown } from './show.ts';

/** Clauses of ECOSOC resolutions 2021–2024 that cite GA resolutions, and what they cite. */
const CASES: [lang: Lang, text: string, expected: Shown[]][] = [
  ['fr', 'Rappelant la résolution 70/1 de l’Assemblée générale, en date du 25 septembre 2015,', [{ link: 'résolution 70/1', target: 'A/RES/70/1' }]],
  ['fr', 'Rappelant les résolutions 1514 (XV) et 1541 (XV) de l’Assemblée générale, en date des 14 et 15 décembre 1960,', [
    { link: 'résolutions 1514 (XV)', target: 'A/RES/1514(XV)' }, { link: '1541 (XV)', target: 'A/RES/1541(XV)' }]],
  ['fr', 'Résolution 217 A (III) de l’Assemblée générale.', [{ link: 'Résolution 217 A (III)', target: 'A/RES/217(III)' }]],
  ['fr', 'conformément au paragraphe 21 de la résolution 67/221 de l’Assemblée générale ;', [
    { link: 'paragraphe 21 de la résolution 67/221', target: 'A/RES/67/221', para: '21' }]],
  ['fr', 'Voir résolution S-30/1 de l’Assemblée générale, annexe.', [{ link: 'résolution S-30/1', target: 'A/RES/S-30/1' }]],
  ['es', 'Recordando la resolución 70/1 de la Asamblea General, de 25 de septiembre de 2015, titulada', [{ link: 'resolución 70/1', target: 'A/RES/70/1' }]],
  ['es', 'Recordando las resoluciones de la Asamblea General 1514 (XV), de 14 de diciembre de 1960, y 1541 (XV)', [
    { link: 'resoluciones de la Asamblea General 1514 (XV)', target: 'A/RES/1514(XV)' }, { link: '1541 (XV)', target: 'A/RES/1541(XV)' }]],
  ['es', 'de conformidad con el párrafo 21 de la resolución 67/221 de la Asamblea General;', [
    { link: 'párrafo 21 de la resolución 67/221', target: 'A/RES/67/221', para: '21' }]],
  ['es', 'Recordando también su resolución 57/270 B, de 23 de junio de 2003, relativa a la aplicación', [{ link: 'resolución 57/270 B', target: 'A/RES/57/270B' }]],
  ['ru', 'подтверждая резолюцию 70/1 Генеральной Ассамблеи от 25 сентября 2015 года, озаглавленную', [{ link: 'резолюцию 70/1', target: 'A/RES/70/1' }]],
  ['ru', 'ссылаясь на резолюции Генеральной Ассамблеи 1514 (XV) от 14 декабря 1960 года и 1541 (XV) от 15 декабря', [
    { link: 'резолюции Генеральной Ассамблеи 1514 (XV)', target: 'A/RES/1514(XV)' }, { link: '1541 (XV)', target: 'A/RES/1541(XV)' }]],
  ['ru', 'как это предусмотрено в пункте 21 резолюции 67/221 Генеральной Ассамблеи;', [
    { link: 'пункте 21 резолюции 67/221', target: 'A/RES/67/221', para: '21' }]],
  ['ru', 'Резолюция 217 A (III) Генеральной Ассамблеи.', [{ link: 'Резолюция 217 A (III)', target: 'A/RES/217(III)' }]],
  ['ar', 'قرار الجمعية العامة 70/1.', [{ link: 'قرار الجمعية العامة 70/1', target: 'A/RES/70/1' }]],
  ['ar', 'قرار الجمعية العامة 217 ألف (د-3).', [{ link: 'قرار الجمعية العامة 217 ألف (د-3)', target: 'A/RES/217(III)' }]],
  ['ar', 'وإذ يشير إلى قراري الجمعية العامة 1514 (د-15) المؤرخ 14 كانون الأول/ديسمبر 1960 و 1541 (د-15)', [
    { link: 'قراري الجمعية العامة 1514 (د-15)', target: 'A/RES/1514(XV)' }, { link: '1541 (د-15)', target: 'A/RES/1541(XV)' }]],
  ['ar', 'قرار الجمعية العامة دإ-24/2، المرفق.', [{ link: 'قرار الجمعية العامة دإ-24/2', target: 'A/RES/S-24/2' }]],
  ['ar', 'بما فيها القرارات دإط-10/13 المؤرخ 21 تشرين الأول/أكتوبر 2003 و دإط-10/14', [
    { link: 'القرارات دإط-10/13', target: 'A/RES/ES-10/13' }, { link: 'دإط-10/14', target: 'A/RES/ES-10/14' }]],
  ['ar', 'المقدم عملا بالفقرة 8 من القرار 60/214()،', [{ link: 'بالفقرة 8 من القرار 60/214', target: 'A/RES/60/214', para: '8' }]],
  ['ar', 'وإذ تشير أيضا إلى قرارها 57/270 باء المؤرخ 23 حزيران/يونيه 2003', [{ link: 'قرارها 57/270 باء', target: 'A/RES/57/270B' }]],
];

/** Other bodies' resolutions (Human Rights Council, Security Council, commissions) and decisions. */
const NONE: [lang: Lang, text: string][] = [
  ['fr', 'que le Conseil des droits de l’homme a adoptés dans sa résolution 21/11 et qui offrent'],
  ['fr', 'Prenant note de la résolution 78/2 de la Commission économique et sociale pour l’Asie et le Pacifique'],
  ['fr', 'Rappelant la résolution 54/6 du Conseil des droits de l’homme, en date du 11 octobre 2023,'],
  ['fr', 'Rappelant la décision 76/551 de l’Assemblée générale, en date du 20 janvier 2022,'],
  ['es', 'así como la resolución 51/4 del Consejo de Derechos Humanos, de 6 de octubre de 2022,'],
  ['es', 'Tomando nota de la resolución 78/2 de la Comisión Económica y Social para Asia y el Pacífico'],
  ['ru', 'а также на резолюцию 51/4 Совета по правам человека от 6 октября 2022 года'],
  ['ru', 'напоминая о резолюции 26/3 Комиссии по предупреждению преступности'],
  ['ar', 'وإذ تشير إلى قرار لجنة منع الجريمة والعدالة الجنائية 26/3 المؤرخ 26 أيار/مايو 2017'],
  ['en', 'for the full implementation of Security Council resolution 1860 (2009) of 8 January 2009'],
  ['en', 'Recalling its resolutions 48/2 of 23 April 1992 and 64/1 of 30 April 2008 on restructuring'],
];

describe('ga-resolution in French, Spanish, Russian and Arabic (E/RES/2021–2024)', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect(show(text, gaResolution.find(text, { lang }))).toEqual(expected);
  });

  it.each(NONE)('%s: nothing in %s', (lang, text) => {
    expect(gaResolution.find(text, { lang })).toEqual([]);
  });
});
