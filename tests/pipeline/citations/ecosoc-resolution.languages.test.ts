import { describe, it, expect } from 'vitest';
import { ecosocResolution } from '../../../src/pipeline/citations/kinds/ecosoc-resolution.ts';
import type { Lang } from '../../../src/schemas/lang.ts';
import { show, type Shown } from './show.ts';

/** Clauses of ECOSOC resolutions 2021–2024 in the six languages, and what they cite. */
const CASES: [lang: Lang, text: string, expected: Shown[]][] = [
  ['en', 'Also decides to defer consideration of paragraphs 42 (a) and (b) of Council resolution 2015/33 to the final review', [
    { link: 'paragraphs 42 (a) and (b) of Council resolution 2015/33', target: 'E/RES/2015/33', para: '42' }]],
  ['en', 'including, in particular, Economic and Social Council resolution 2021/2 A of 14 September 2020,', [
    { link: 'resolution 2021/2 A', target: 'E/RES/2021/2A' }]],
  ['en', 'in pursuance of Economic and Social Council resolution 155 C (VII) of 13 August 1948', [
    { link: 'resolution 155 C (VII)', target: 'E/RES/155(VII)' }]],
  ['en', 'pursuant to Economic and Social Council resolution 1086 B (XXXIX) of 30 July 1965,', [
    { link: 'resolution 1086 B (XXXIX)', target: 'E/RES/1086(XXXIX)' }]],
  ['zh', '又决定将理事会第2015/33号决议第42(a)和(b)段的考虑推迟到', [{ link: '第2015/33号决议第42(a)和(b)段', target: 'E/RES/2015/33', para: '42' }]],
  ['zh', '特别是经济及社会理事会2020年9月14日第2021/2 A号决议，', [{ link: '第2021/2 A号决议', target: 'E/RES/2021/2A' }]],
  ['zh', '回顾其2019年7月23日第2019/26号、2020年7月22日第2020/21号决议，', [
    { link: '第2019/26号', target: 'E/RES/2019/26' }, { link: '第2020/21号决议', target: 'E/RES/2020/21' }]],
  ['fr', 'Rappelant en outre sa résolution 2022/15 du 21 juillet 2022 sur l’examen des progrès', [{ link: 'résolution 2022/15', target: 'E/RES/2022/15' }]],
  ['fr', 'Rappelant ses résolutions 2019/26 du 23 juillet 2019 et 2020/21 du 22 juillet 2020 ainsi que', [
    { link: 'résolutions 2019/26', target: 'E/RES/2019/26' }, { link: '2020/21', target: 'E/RES/2020/21' }]],
  ['fr', 'Rappelle le paragraphe 13 de sa résolution 2020/14 et demande au secrétariat du Forum', [
    { link: 'paragraphe 13 de sa résolution 2020/14', target: 'E/RES/2020/14', para: '13' }]],
  ['fr', 'Décide de reporter l’examen des alinéas a) et b) du paragraphe 42 de sa résolution 2015/33 jusqu’à', [
    { link: 'paragraphe 42 de sa résolution 2015/33', target: 'E/RES/2015/33', para: '42' }]],
  ['fr', 'en particulier la résolution 2019/27 du Conseil économique et social en date du 23 juillet 2019,', [{ link: 'résolution 2019/27', target: 'E/RES/2019/27' }]],
  ['fr', 'en vertu de la résolution 155 C (VII) du Conseil économique et social', [{ link: 'résolution 155 C (VII)', target: 'E/RES/155(VII)' }]],
  ['es', 'Recordando además su resolución 2022/15, de 21 de julio de 2022, relativa a la evaluación', [{ link: 'resolución 2022/15', target: 'E/RES/2022/15' }]],
  ['es', 'Recordando sus resoluciones 1999/65, de 26 de octubre de 1999, y 2019/7, de 6 de junio de 2019,', [
    { link: 'resoluciones 1999/65', target: 'E/RES/1999/65' }, { link: '2019/7', target: 'E/RES/2019/7' }]],
  ['es', 'Decide también aplazar el examen de los párrafos 42 a) y b) de la resolución 2015/33 hasta', [
    { link: 'párrafos 42 a) y b) de la resolución 2015/33', target: 'E/RES/2015/33', para: '42' }]],
  ['es', 'incluida, en particular, la resolución 2021/2 A del Consejo Económico y Social, de 14 de septiembre de 2020', [
    { link: 'resolución 2021/2 A', target: 'E/RES/2021/2A' }]],
  ['ru', 'ссылаясь далее на свою резолюцию 2022/15 от 21 июля 2022 года об оценке прогресса', [{ link: 'резолюцию 2022/15', target: 'E/RES/2022/15' }]],
  ['ru', 'ссылаясь на свои резолюции 1999/65 от 26 октября 1999 года и 2019/7 от 6 июня 2019 года,', [
    { link: 'резолюции 1999/65', target: 'E/RES/1999/65' }, { link: '2019/7', target: 'E/RES/2019/7' }]],
  ['ru', 'ссылается на пункт 13 резолюции 2020/14 Совета и просит секретариат Форума', [
    { link: 'пункт 13 резолюции 2020/14', target: 'E/RES/2020/14', para: '13' }]],
  ['ru', 'отложить рассмотрение подпунктов a) и b) пункта 42 резолюции 2015/33 Совета до', [
    { link: 'пункта 42 резолюции 2015/33', target: 'E/RES/2015/33', para: '42' }]],
  ['ar', 'وإذ يشير كذلك إلى قراره 2022/15 المؤرخ 21 تموز/يوليه 2022 بشأن تقييم التقدم', [{ link: 'قراره 2022/15', target: 'E/RES/2022/15' }]],
  ['ar', 'والقرارين 2013/38 المؤرخ 25 تموز/يوليه 2013 و 2019/23 المؤرخ 23 تموز/يوليه 2019', [
    { link: 'والقرارين 2013/38', target: 'E/RES/2013/38' }, { link: '2019/23', target: 'E/RES/2019/23' }]],
  ['ar', 'يشير إلى الفقرة 13 من قرار المجلس 2020/14، ويطلب إلى أمانة المنتدى', [
    { link: 'الفقرة 13 من قرار المجلس 2020/14', target: 'E/RES/2020/14', para: '13' }]],
  ['ar', 'تأجيل النظر في الفقرتين 42 (أ) و (ب) من قرار المجلس 2015/33 إلى', [
    { link: 'الفقرتين 42 (أ) و (ب) من قرار المجلس 2015/33', target: 'E/RES/2015/33', para: '42' }]],
  ['ar', 'قرار المجلس الاقتصادي والاجتماعي 2021/2 باء المؤرخ 21 تموز/يوليه 2021،', [
    { link: 'قرار المجلس الاقتصادي والاجتماعي 2021/2 باء', target: 'E/RES/2021/2B' }]],
];

/** Clauses that cite no ECOSOC resolution: GA resolutions, decisions, other bodies. */
const NONE: [lang: Lang, text: string][] = [
  ['fr', 'Rappelant la résolution 70/1 de l’Assemblée générale, en date du 25 septembre 2015,'],
  ['fr', 'Rappelant sa décision 2021/222 du 20 avril 2021,'],
  ['fr', 'Rappelant la résolution 2005/69 de la Commission des droits de l’homme, en date du 20 avril 2005,'],
  ['es', 'Recordando su decisión 2020/212, de 18 de junio de 2020,'],
  ['ru', 'ссылаясь на свое решение 2020/212 от 18 июня 2020 года,'],
  ['ar', 'يؤيد القرار 2023/10 الصادر عن مؤتمر وزراء المالية والتخطيط'],
  ['ar', 'إذ يشير إلى مقرره 2020/212 المؤرخ 18 حزيران/يونيه 2020،'],
];

describe('ecosoc-resolution in six languages (E/RES/2021–2024)', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect(show(text, ecosocResolution.find(text, { lang }))).toEqual(expected);
  });

  it.each(NONE)('%s: nothing in %s', (lang, text) => {
    expect(ecosocResolution.find(text, { lang })).toEqual([]);
  });
});
