import { describe, it, expect } from 'vitest';
import { ecosocDecision } from '../../../src/pipeline/citations/kinds/ecosoc-decision.ts';
import type { Lang } from '../../../src/schemas/lang.ts';
import { show, type Shown } from './show.ts';

/** Clauses of ECOSOC resolutions 2021–2024 citing Council decisions, in the six languages. */
const CASES: [lang: Lang, text: string, expected: Shown[]][] = [
  ['en', 'Recalling its decision 2020/212 of 18 June 2020, in which it decided', [{ link: 'decision 2020/212', target: 'E/DEC/2020/212' }]],
  ['en', 'Recalling its decisions 2019/253 of 24 July 2019, 2020/227 of 22 July 2020 and', [
    { link: 'decisions 2019/253', target: 'E/DEC/2019/253' }, { link: '2020/227', target: 'E/DEC/2020/227' }]],
  ['en', 'Recalling its decision 2015/237,', [{ link: 'decision 2015/237', target: 'E/DEC/2015/237' }]],
  ['zh', '回顾其2020年6月18日第2020/212号决定，其中决定', [{ link: '第2020/212号决定', target: 'E/DEC/2020/212' }]],
  ['fr', 'Rappelant sa décision 2021/222 du 20 avril 2021, dans laquelle il a décidé', [{ link: 'décision 2021/222', target: 'E/DEC/2021/222' }]],
  ['fr', 'et ses décisions 2004/322 du 11 novembre 2004, 2009/211 du 20 avril 2009,', [
    { link: 'décisions 2004/322', target: 'E/DEC/2004/322' }, { link: '2009/211', target: 'E/DEC/2009/211' }]],
  ['es', 'Recordando también su decisión 1988/103, de 5 de febrero de 1988, en la que', [{ link: 'decisión 1988/103', target: 'E/DEC/1988/103' }]],
  ['ru', 'ссылаясь на свое решение 2020/212 от 18 июня 2020 года, в котором он постановил', [{ link: 'решение 2020/212', target: 'E/DEC/2020/212' }]],
  ['ar', 'إذ يشير إلى مقرره 2020/212 المؤرخ 18 حزيران/يونيه 2020، الذي قرر فيه', [{ link: 'مقرره 2020/212', target: 'E/DEC/2020/212' }]],
];

/** Resolutions, GA decisions and other bodies' decisions are not Council decisions. */
const NONE: [lang: Lang, text: string][] = [
  ['en', 'Recalling its resolution 2020/14,'],
  ['en', 'Recalling also General Assembly decision 76/551 of 20 January 2022'],
  ['zh', '回顾其第 2015/237 号决议，'],
  ['fr', 'Rappelant sa résolution 2021/28 du 22 juillet 2021,'],
  ['ar', 'وإذ يشير كذلك إلى قراره 2022/15 المؤرخ 21 تموز/يوليه 2022'],
];

describe('ecosoc-decision', () => {
  it.each(CASES)('%s: %s', (lang, text, expected) => {
    expect(show(text, ecosocDecision.find(text, { lang }))).toEqual(expected);
  });

  it.each(NONE)('%s: nothing in %s', (lang, text) => {
    expect(ecosocDecision.find(text, { lang })).toEqual([]);
  });
});
