import { describe, it, expect } from 'vitest';
import { findCitations } from '../../../src/pipeline/citations/find-citations.ts';
import { LANGS, type Lang } from '../../../src/schemas/lang.ts';
import { show, type Shown } from './show.ts';

const e = (link: string, target: string, para?: string): Shown => (para === undefined ? { link, target } : { link, target, para });

/** The forms issue 5 names, one per line, with what each cites. */
const FORMS: [lang: Lang, text: string, expected: Shown[]][] = [
  ['fr', 'Rappelant sa résolution 2022/15 du 21 juillet 2022,', [e('résolution 2022/15', 'E/RES/2022/15')]],
  ['fr', 'Rappelant la résolution 70/1 de l’Assemblée générale,', [e('résolution 70/1', 'A/RES/70/1')]],
  ['fr', 'Rappelant ses résolutions 2021/28 et 2022/15,', [e('résolutions 2021/28', 'E/RES/2021/28'), e('2022/15', 'E/RES/2022/15')]],
  ['fr', 'Rappelant le paragraphe 57 de sa résolution 2014/27,', [e('paragraphe 57 de sa résolution 2014/27', 'E/RES/2014/27', '57')]],
  ['fr', 'Rappelant sa décision 2023/201,', [e('décision 2023/201', 'E/DEC/2023/201')]],
  ['es', 'Recordando su resolución 2022/15, de 21 de julio de 2022,', [e('resolución 2022/15', 'E/RES/2022/15')]],
  ['es', 'Recordando la resolución 70/1 de la Asamblea General,', [e('resolución 70/1', 'A/RES/70/1')]],
  ['es', 'Recordando el párrafo 57 de la resolución 2014/27,', [e('párrafo 57 de la resolución 2014/27', 'E/RES/2014/27', '57')]],
  ['es', 'Recordando su decisión 2023/201,', [e('decisión 2023/201', 'E/DEC/2023/201')]],
  ['ru', 'ссылаясь на свою резолюцию 2022/15 от 21 июля 2022 года,', [e('резолюцию 2022/15', 'E/RES/2022/15')]],
  ['ru', 'ссылаясь на резолюцию 70/1 Генеральной Ассамблеи,', [e('резолюцию 70/1', 'A/RES/70/1')]],
  ['ru', 'ссылаясь на пункт 57 резолюции 2014/27,', [e('пункт 57 резолюции 2014/27', 'E/RES/2014/27', '57')]],
  ['ru', 'ссылаясь на свое решение 2023/201,', [e('решение 2023/201', 'E/DEC/2023/201')]],
  ['ru', 'ссылаясь на свои резолюции 2021/28 и 2022/15,', [e('резолюции 2021/28', 'E/RES/2021/28'), e('2022/15', 'E/RES/2022/15')]],
  ['ar', 'وإذ يشير إلى قراره 2022/15 المؤرخ 21 تموز/يوليه 2022،', [e('قراره 2022/15', 'E/RES/2022/15')]],
  ['ar', 'وإذ يشير إلى قرار الجمعية العامة 70/1،', [e('قرار الجمعية العامة 70/1', 'A/RES/70/1')]],
  ['ar', 'وإذ يشير إلى الفقرة 57 من القرار 2014/27،', [e('الفقرة 57 من القرار 2014/27', 'E/RES/2014/27', '57')]],
  ['ar', 'وإذ يشير إلى مقرره 2023/201،', [e('مقرره 2023/201', 'E/DEC/2023/201')]],
  ['ar', 'وإذ يشير إلى القرارين 2021/28 و 2022/15،', [e('القرارين 2021/28', 'E/RES/2021/28'), e('2022/15', 'E/RES/2022/15')]],
  ['zh', '回顾大会第 69/313 号决议第56 (a) 至 (c) 段，', [e('第 69/313 号决议第56 (a) 至 (c) 段', 'A/RES/69/313', '56')]],
  ['en', 'Recalling its decision 2015/237 and General Assembly decision 76/563,', [
    e('decision 2015/237', 'E/DEC/2015/237'), e('decision 76/563', 'A/DEC/76/563')]],
  ['en', 'Recalling General Assembly resolution 217 A (III) and resolution 54/237 C,', [
    e('resolution 217 A (III)', 'A/RES/217(III)'), e('resolution 54/237 C', 'A/RES/54/237C')]],
  ['en', 'Recalling Security Council resolution 2334 (2016),', []],
  ['fr', 'Rappelant la résolution 24/7 du Conseil des droits de l’homme,', []],
  ['en', 'the report of the Secretary-General (A/78/72/Add.1-E/2023/59/Add.1),', [
    e('A/78/72/Add.1-E/2023/59/Add.1', 'A/78/72/Add.1-E/2023/59/Add.1')]],
];

describe('findCitations, the forms of issue 5 in six languages', () => {
  it.each(FORMS)('%s: %s', (lang, text, expected) => {
    expect(show(text, findCitations(text, { lang }))).toEqual(expected);
  });
});

describe('findCitations on long text', () => {
  const clause = 'Recalling its resolutions 2021/28 and 2022/15, paragraph 57 of resolution 70/1, decision 76/563 and A/77/69-E/2022/47; ';
  it.each(LANGS)('%s: reads a 200 KB paragraph in one pass and finds each repeated citation', (lang) => {
    const text = clause.repeat(Math.ceil(200_000 / clause.length));
    const found = findCitations(text, { lang });
    const expected = lang === 'en' ? 5 : 1; // the words are English; every language reads the symbol
    expect(found).toHaveLength(expected * Math.ceil(200_000 / clause.length));
  });

  it('finds nothing, quickly, in 200 KB of digits, slashes and citing words without numbers', () => {
    const text = '1/2/3/4/5 résolution résolutions 第 第 قرار 2014/ /27 '.repeat(4_000);
    for (const lang of LANGS) expect(findCitations(text, { lang })).toEqual([]);
  });
});
