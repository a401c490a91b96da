import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../src/pipeline/text/import-text.ts';
import type { Block } from '../../src/schemas/block.ts';
import type { Para } from '../../src/schemas/para.ts';

// The archive's first resolution, as extracted from the UN's PDF: its model, checked whole.
const file = 'content/E-RES-2015-26.zh.txt';
const { resolution: seed, print } = importText(readFileSync(file), file);

const paras = seed.body.filter((b): b is Para => b.kind === 'para');
const everyPara = (list: Block[]): Para[] => list.flatMap((b) => (b.kind === 'para' ? [b, ...everyPara(b.items)] : []));
const allTexts = [...everyPara(seed.preamble), ...everyPara(seed.body)].map((p) => p.text).concat(seed.body.filter((b) => b.kind === 'heading').map((h) => h.text));

describe('the seed resolution E/RES/2015/26 (zh)', () => {
  it('is identified: symbol, organ, number, title, adoption, meeting and agenda item', () => {
    expect(seed).toMatchObject({
      symbol: 'E/RES/2015/26',
      organ: 'ECOSOC',
      number: '2015/26',
      lang: 'zh',
      title: '评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展',
      adopted: '2015-07-22',
      meeting: 54,
      agendaItem: '18(b)',
    });
    expect(seed.warnings).toEqual([]);
  });

  it('keeps the printed lines around the text for the page', () => {
    expect(print.session).toBe('2015 年会议');
    expect(print.jobNumber).toBe('15-13833 (C)');
    // The Chinese seed prints no agenda title; the barcode and "请回收" under the agenda line are furniture.
    expect(print.agendaTitle).toBeNull();
    expect(print.adoptionLine).toBe('2015 年 7 月 22 日经济及社会理事会决议');
    expect(print.recommendation).toBe('[根据科学和技术促进发展委员会的建议(E/2015/31)通过]');
    expect(print.formula).toBe('经济及社会理事会，');
    expect(print.closing).toEqual(['2015 年 7月 22 日', '第 54 次全体会议']);
  });

  it('has 8 preambular paragraphs, without number, in order', () => {
    expect(seed.preamble.map((p) => [p.id, p.num])).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => [`preamble-${n}`, null]));
    expect(seed.preamble[0]?.text).toBe('回顾信息社会世界首脑会议的成果文件，');
    expect(seed.preamble[7]?.text).toBe('表示赞赏联合国贸易和发展会议秘书长发挥作用，帮助确保及时完成上述报告，');
  });

  it('has 5 headings, standing before paragraphs 1, 21, 23, 32 and 38', () => {
    const headings = seed.body.flatMap((b, i) => (b.kind === 'heading' ? [[b.id, b.text, seed.body[i + 1]?.id]] : []));
    expect(headings).toEqual([
      ['section-1', '评估：审查信息社会世界首脑会议成果的执行情况', 'para-1'],
      ['section-2', '因特网治理', 'para-21'],
      ['section-3', '加强合作', 'para-23'],
      ['section-4', '因特网治理论坛', 'para-32'],
      ['section-5', '前进的道路', 'para-38'],
    ]);
  });

  it('has 63 operative paragraphs numbered 1 to 63, their ids from the printed number', () => {
    expect(paras.map((p) => p.num)).toEqual(Array.from({ length: 63 }, (_, i) => String(i + 1)));
    expect(paras.every((p) => p.id === `para-${p.num}`)).toBe(true);
    expect(paras[0]?.text.startsWith('注意到目前执行信息社会世界首脑会议成果的情况，特别强调其多利益攸关方性质')).toBe(true);
    expect(paras[62]?.text).toBe('又强调信息和通信技术促进发展的重要性，并认为应在 2015 年后的发展议程中予以适当反映。');
  });

  it('has sub-paragraphs (a) to (e) in paragraph 48 and nowhere else', () => {
    const p48 = paras.find((p) => p.id === 'para-48');
    expect(p48?.items.map((i) => [i.id, i.num])).toEqual(['a', 'b', 'c', 'd', 'e'].map((l) => [`para-48-${l}`, l]));
    expect(p48?.items[1]?.text).toBe('又注意到2014年 11月 24至 26日在第比利斯举行的第十二届关于世界电信/信息和通信技术指标的专题讨论会；');
    expect(paras.filter((p) => p.items.length > 0).map((p) => p.id)).toEqual(['para-48']);
  });

  it('has 9 footnotes, their marks in preambular paragraphs 1, 6, 7 and operative paragraphs 1, 3, 22, 28, 34, 43, 47, 59', () => {
    expect(seed.footnotes.map((f) => [f.id, f.n])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [`fn-${n}`, n]));
    const marked = [...everyPara(seed.preamble), ...everyPara(seed.body)].filter((p) => p.notes.length > 0).map((p) => [p.id, p.notes]);
    expect(marked).toEqual([
      ['preamble-1', [1]], ['preamble-6', [2]], ['preamble-7', [3]],
      ['para-1', [1]], ['para-3', [2]], ['para-22', [4]], ['para-28', [5]], ['para-34', [6]],
      ['para-43', [7]], ['para-47', [8]], ['para-59', [9]],
    ]);
    expect(seed.footnotes[7]?.text).toBe('发展筹资问题国际会议的报告，2002 年 3 月 18 日至 22 日，墨西哥蒙特雷》(联合国出版物，出售品编号：C.02.II.A.7)，第一章，决议 1，附件。');
    expect(print.marks['para-1']).toEqual([{ n: 1, at: '注意到目前执行信息社会世界首脑会议成果的情况，'.length }]);
  });

  it('finds the citations, each with the paragraph or footnote it stands in', () => {
    const refs = seed.refs.map((r) => `${r.target}${r.para ? ` ¶${r.para}` : ''} @${r.in}`);
    expect(refs).toEqual([
      'E/RES/2006/46 @preamble-2', 'E/RES/2014/27 @preamble-3', 'A/RES/69/204 @preamble-4', 'A/RES/68/302 @preamble-5',
      'E/RES/2007/8 @para-2', 'A/RES/60/252 @para-6', 'A/RES/67/195 @para-25', 'A/RES/67/195 @para-26', 'A/RES/67/195 @para-27',
      'A/RES/67/195 @para-29', 'E/RES/2014/27 @para-31', 'A/RES/69/204 @para-34', 'A/RES/67/195 ¶11 @para-51',
      'A/RES/68/198 ¶22 @para-52', 'E/RES/2006/46 @para-54', 'E/RES/2014/27 ¶57 @para-57', 'E/RES/2013/9 ¶48 @para-58',
      'A/C.2/59/3 @fn-1', 'A/60/687 @fn-1', 'A/70/63-E/2015/10 @fn-2', 'E/CN.16/2015/2 @fn-3', 'A/60/687 @fn-4',
      'E/CN.16/2014/CRP.3 @fn-5', 'A/67/65-E/2012/48 @fn-6', 'A/67/65/Corr.1-E/2012/48/Corr.1 @fn-6', 'A/RES/55/2 @fn-7', 'E/2015/31 @fn-9',
    ]);
  });

  it('leaves no page furniture and no stray footnote digit in any text', () => {
    for (const text of allTexts) {
      expect(text).not.toMatch(/15-13833|\*1513833\*|请回收|议程项目|2015 年会议|\uFDD0|\uFDD1/);
      expect(text).not.toMatch(/[\u3000-\u9FFF，。；：]\s*\d{1,2}\s*$/);
      expect(text).not.toMatch(/[，。；]\s*\d{1,2}(?=\p{Script=Han})/u);
      expect(text).not.toMatch(/\n|\s{2,}|^\s|\s$/);
    }
  });

  it('loses no character of the source text', () => {
    // Every CJK character of the source is somewhere in the model or in what the page prints around it.
    const source = readFileSync(file, 'utf8');
    const printed = [seed.title, ...allTexts, ...seed.footnotes.map((f) => f.text), print.adoptionLine, print.recommendation, print.formula, ...print.closing, print.session, `议程项目${seed.agendaItem}`, '请回收'].join('');
    const count = (s: string) => [...s.matchAll(/\p{Script=Han}/gu)].length;
    expect(count(printed)).toBe(count(source));
  });
});
