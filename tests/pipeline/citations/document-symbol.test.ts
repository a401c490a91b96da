import { describe, it, expect } from 'vitest';
import { documentSymbol } from '../../../src/pipeline/citations/kinds/document-symbol.ts';
import { show } from './show.ts';

const zh = (text: string) => show(text, documentSymbol.find(text, { lang: 'zh' }));
const en = (text: string) => show(text, documentSymbol.find(text, { lang: 'en' }));
const as = (...symbols: string[]) => symbols.map((s) => ({ link: s, target: s }));

describe('document-symbol, Chinese footnotes of the seed', () => {
  it('reads two symbols joined by 和: "见 A/C.2/59/3 和 A/60/687。"', () => {
    expect(zh('见 A/C.2/59/3 和 A/60/687。')).toEqual(as('A/C.2/59/3', 'A/60/687'));
  });

  it('reads a joint symbol as one citation: "A/70/63-E/2015/10。"', () => {
    expect(zh('A/70/63-E/2015/10。')).toEqual(as('A/70/63-E/2015/10'));
  });

  it('reads commission documents: "E/CN.16/2015/2。", "E/CN.16/2014/CRP.3。"', () => {
    expect(zh('E/CN.16/2015/2。')).toEqual(as('E/CN.16/2015/2'));
    expect(zh('E/CN.16/2014/CRP.3。')).toEqual(as('E/CN.16/2014/CRP.3'));
  });

  it('reads "A/67/65-E/2012/48 和 Corr.1。" as the report and its corrigendum', () => {
    expect(zh('A/67/65-E/2012/48 和 Corr.1。')).toEqual([
      { link: 'A/67/65-E/2012/48', target: 'A/67/65-E/2012/48' },
      { link: 'Corr.1', target: 'A/67/65/Corr.1-E/2012/48/Corr.1' },
    ]);
  });

  it('reads a symbol in parentheses: "(E/2015/31)"', () => {
    expect(zh('《经济及社会理事会正式记录，2015 年，补编第 11 号》(E/2015/31)。')).toEqual(as('E/2015/31'));
    expect(zh('[根据科学和技术促进发展委员会的建议(E/2015/31)通过]')).toEqual(as('E/2015/31'));
  });

  it('reads nothing in sales numbers, titles, paragraph ranges or resolution numbers', () => {
    expect(zh('《发展筹资问题国际会议的报告》(联合国出版物，出售品编号：C.02.II.A.7)，第一章，决议 1，附件。')).toEqual([]);
    expect(zh('2015/26.评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展')).toEqual([]);
    expect(zh('又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；')).toEqual([]);
    expect(zh('回顾经社理事会第 2014/27 号决议第 57 段，')).toEqual([]);
  });
});

describe('document-symbol, English and the UN grammar', () => {
  it('reads resolution symbols printed as such, as printed', () => {
    expect(en('See E/RES/2015/26 and A/RES/70/1.')).toEqual(as('E/RES/2015/26', 'A/RES/70/1'));
    expect(en('adopted as A/RES/S-27/2 and A/RES/ES-10/19.')).toEqual(as('A/RES/S-27/2', 'A/RES/ES-10/19'));
  });

  it('reads a joint addendum as one citation', () => {
    expect(en('Report of the Secretary-General (A/78/72/Add.1-E/2023/59/Add.1).')).toEqual(
      as('A/78/72/Add.1-E/2023/59/Add.1'),
    );
  });

  it('reads "and Corr.1", "and Add.1" and a run of addenda', () => {
    expect(en('A/67/65-E/2012/48 and Corr.1.')).toEqual([
      { link: 'A/67/65-E/2012/48', target: 'A/67/65-E/2012/48' },
      { link: 'Corr.1', target: 'A/67/65/Corr.1-E/2012/48/Corr.1' },
    ]);
    expect(en('See A/70/1/Add.1, Add.2 and Corr.1.')).toEqual([
      { link: 'A/70/1/Add.1', target: 'A/70/1/Add.1' },
      { link: 'Add.2', target: 'A/70/1/Add.2' },
      { link: 'Corr.1', target: 'A/70/1/Add.1/Corr.1' },
    ]);
  });

  it('reads symbols of many bodies and with modifiers, without trailing punctuation', () => {
    expect(
      en('See S/2015/1, ST/SG/AC.10/30/Rev.6, TD/B/C.II/MEM.4/3, UNEP/EA.4/Res.1, CEDAW/C/GC/35, A/HRC/RES/24/7 and E/CN.4/Sub.2/2005/L.10.'),
    ).toEqual(
      as('S/2015/1', 'ST/SG/AC.10/30/Rev.6', 'TD/B/C.II/MEM.4/3', 'UNEP/EA.4/Res.1', 'CEDAW/C/GC/35', 'A/HRC/RES/24/7', 'E/CN.4/Sub.2/2005/L.10'),
    );
    expect(en('(A/C.2/70/L.3/Rev.1), A/70/PV.54;')).toEqual(as('A/C.2/70/L.3/Rev.1', 'A/70/PV.54'));
  });

  it('makes the hyphens of a PDF ASCII in the target, keeping the link text as printed', () => {
    expect(en('A/70/63‑E/2015/10')).toEqual([{ link: 'A/70/63‑E/2015/10', target: 'A/70/63-E/2015/10' }]);
  });

  it('reads nothing in URLs, dates, pairs of words or sales numbers', () => {
    expect(en('Available from https://undocs.org/A/70/1 and www.un.org/ga/search/view_doc.asp?symbol=A/70/1.')).toEqual([]);
    expect(en('on 22/07/2015, 24/7, HIV/AIDS and TCP/IP, Sales No. E.02.II.A.7.')).toEqual([]);
    expect(en('resolution 2014/27, paragraph 57')).toEqual([]);
    expect(en('Corr.1 alone')).toEqual([]);
    expect(en('xA/70/1 and A/70/1x')).toEqual([]);
  });
});

describe('document-symbol in French, Spanish, Russian and Arabic footnotes (E/RES/2021/28, 2022/25)', () => {
  const joint = ['A/77/69-E/2022/47', 'A/77/69/Add.1-E/2022/47/Add.1'];
  it.each([
    ['fr', 'A/77/69-E/2022/47 et A/77/69/Add.1-E/2022/47/Add.1.'],
    ['es', 'A/77/69-E/2022/47 y A/77/69/Add.1-E/2022/47/Add.1.'],
    ['ru', 'A/77/69-E/2022/47 и A/77/69/Add.1-E/2022/47/Add.1.'],
    ['ar', '() A/77/69-E/2022/47 و A/77/69/Add.1-E/2022/47/Add.1.'],
  ] as const)('%s: reads a report and its joint addendum, each as one citation', (lang, text) => {
    expect(show(text, documentSymbol.find(text, { lang }))).toEqual(as(...joint));
  });

  it('reads a revision and a corrigendum applied to a joint symbol', () => {
    const text = 'E/2020/52/Rev.1 ; A/67/65-E/2012/48 et Corr.1.';
    expect(show(text, documentSymbol.find(text, { lang: 'fr' }))).toEqual([
      { link: 'E/2020/52/Rev.1', target: 'E/2020/52/Rev.1' },
      { link: 'A/67/65-E/2012/48', target: 'A/67/65-E/2012/48' },
      { link: 'Corr.1', target: 'A/67/65/Corr.1-E/2012/48/Corr.1' },
    ]);
  });
});
