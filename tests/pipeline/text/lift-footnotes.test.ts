import { describe, expect, it } from 'vitest';
import { ar } from '../../../src/pipeline/conventions/ar.ts';
import { en } from '../../../src/pipeline/conventions/en.ts';
import { es } from '../../../src/pipeline/conventions/es.ts';
import { fr } from '../../../src/pipeline/conventions/fr.ts';
import { zh } from '../../../src/pipeline/conventions/zh.ts';
import type { Conventions } from '../../../src/pipeline/conventions/types.ts';
import { liftFootnotes } from '../../../src/pipeline/text/lift-footnotes.ts';
import { stripPageFurniture } from '../../../src/pipeline/text/strip-page-furniture.ts';
import { SEPARATOR, seedOnly, seedText, showMarks, sourceLines } from './helpers.ts';

/** Furniture out (which tags the separators), then footnotes lifted. */
const lift = (text: string, conventions: Conventions = zh) => liftFootnotes(stripPageFurniture(sourceLines(text), conventions).lines, conventions);

/** The body lines with text, as "n:text" with marks shown as [^n]. */
const body = (lines: { n: number; text: string }[]) => lines.filter((l) => l.text.trim() !== '').map((l) => `${l.n}:${showMarks(l.text)}`);

describe('liftFootnotes', () => {
  describe('on the whole seed', () => {
    const seed = lift(seedText);

    it('lifts the nine footnotes, each with the line its number stands on', () => {
      expect(seed.footnotes.map((f) => [f.n, f.line])).toEqual([
        [1, 53],
        [2, 56],
        [3, 59],
        [4, 264],
        [5, 331],
        [6, 400],
        [7, 403],
        [8, 470],
        [9, 539],
      ]);
      expect(seed.warnings).toEqual([]);
    });

    it('reads each footnote\'s text, the number and the spaces around it left out', () => {
      expect(seed.footnotes.slice(0, 3).map((f) => f.text)).toEqual(['见 A/C.2/59/3 和 A/60/687。', 'A/70/63-E/2015/10。', 'E/CN.16/2015/2。']);
      expect(seed.footnotes[6]?.text).toBe('大会第 55/2 号决议。');
    });

    it('joins footnote 8, printed over two lines (470–473), with no space between the Chinese characters', () => {
      expect(seed.footnotes[7]).toEqual({
        n: 8,
        line: 470,
        text: '发展筹资问题国际会议的报告，2002 年 3 月 18 日至 22 日，墨西哥蒙特雷》(联合国出版物，出售品编号：C.02.II.A.7)，第一章，决议 1，附件。',
      });
    });

    it('takes the separator lines and the footnote lines out of the body', () => {
      const numbers = new Set(seed.lines.map((l) => l.n));
      for (const n of [52, 53, 54, 56, 57, 59, 60, 263, 264, 265, 469, 470, 471, 473]) expect(numbers.has(n)).toBe(false);
      expect(seed.lines.some((l) => l.separator)).toBe(false);
    });

    it('places every mark where it was printed, in the line that holds the text before it', () => {
      const marked = seed.lines.filter((l) => l.text.includes('\uFDD0')).map((l) => `${l.n}:${showMarks(l.text).trim()}`);
      expect(marked).toEqual([
        '22:回顾信息社会世界首脑会议的成果文件，[^1]',
        '44:级落实和后续工作方面取得的进展的报告，[^2]',
        '48:表示注意到秘书长题为“数字发展”的报告，[^3]',
        '67:1. 注意到目前执行信息社会世界首脑会议成果的情况，[^1]特别强调其多利',
        '87:和后续工作方面取得的进展的报告[^2]述及了各区域委员会在区域一级协助执行世',
        '241:22. 又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；[^4]',
        '294:28. 表示注意到委员会加强合作问题工作组主席的报告，[^5]并感谢主席和成',
        '337:委员会关于改进因特网治理论坛的建议方面取得的进展，[^6]特别是在加强发展中',
        '393:的信息社会，并促进实现国际商定的发展目标，包括《联合国千年宣言》[^7]所载',
        '425:特雷共识》所作的承诺；[^8]',
        '524:59. 表示注意到委员会第十八届会议的报告，[^9]包括世界首脑会议成果执行',
      ]);
    });

    it('re-joins the printed line that a mark alone on its line split in two (lines 67–69)', () => {
      const numbers = seed.lines.map((l) => l.n);
      expect(numbers).not.toContain(68);
      expect(numbers).not.toContain(69);
      expect(numbers).toContain(71);
    });

    it('does not join the heading after a mark to the paragraph before it (lines 241–247)', () => {
      expect(body(seed.lines.filter((l) => l.n >= 241 && l.n <= 247))).toEqual([
        '241: 22. 又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；[^4]',
        '245:加强合作 ',
        '247: 23. 确认今后必须加强合作，以便各国政府能够在与因特网有关的国际公共',
      ]);
    });

    it('marks the first body line after each page\'s footnotes as the start of a new page', () => {
      expect(seed.lines.filter((l) => l.pageStart).map((l) => l.n)).toEqual([61, 266, 333, 405, 474, 541]);
    });
  });

  it('keeps a mark as text, with a warning naming its line, when it stands before any footnote of that number', () => {
    const lifted = lift(seedOnly([13, 20], [423, 433]));
    expect(lifted.footnotes).toEqual([]);
    expect(lifted.warnings).toEqual(['line 426: the number 8 stands alone on a line and is no footnote mark; kept as text']);
    expect(body(lifted.lines)).toContain('426:8');
  });

  describe('marks glued to the text', () => {
    it('reads a mark glued after Chinese punctuation: "成果文件，1"', () => {
      const lifted = lift(['2015/26.题目', ' 回顾信息社会世界首脑会议的成果文件，1', ' 又回顾其决议，', SEPARATOR, '1', ' 见 A/C.2/59/3 和 A/60/687。'].join('\n'));
      expect(body(lifted.lines)).toEqual(['1:2015/26.题目', '2: 回顾信息社会世界首脑会议的成果文件，[^1]', '3: 又回顾其决议，']);
      expect(lifted.footnotes).toEqual([{ n: 1, text: '见 A/C.2/59/3 和 A/60/687。', line: 5 }]);
    });

    it('reads a mark glued after English punctuation, "Summit,1", and after a word, "Society2"', () => {
      const text = ['2015/26. Title', ' Recalling the outcome documents of the World Summit,1 and the Tunis Agenda for the', 'Information Society2 of 18 November 2005,', SEPARATOR, '1 See A/C.2/59/3 and A/60/687.', '2 See A/60/687.'].join('\n');
      const lifted = lift(text, en);
      expect(body(lifted.lines)).toEqual([
        '1:2015/26. Title',
        '2: Recalling the outcome documents of the World Summit,[^1] and the Tunis Agenda for the',
        '3:Information Society[^2] of 18 November 2005,',
      ]);
    });

    it('does not take a number before a unit for a mark: "，12 月"', () => {
      const text = ['2015/26.题目', ' 于 2014 年，12 月 19 日通过的决议，11', SEPARATOR, ...Array.from({ length: 12 }, (_, i) => `${i + 1} 见 A/60/${680 + i}。`)].join('\n');
      const marked = lift(text).lines.find((l) => l.n === 2)?.text ?? '';
      expect(showMarks(marked)).toBe(' 于 2014 年，12 月 19 日通过的决议，11');
    });

    it('does not take "CO2" for a mark once footnote 2 has been placed', () => {
      const text = ['2015/26. Title', ' Recalling the outcome of the Summit,1 and the report,2', ' Concerned about CO2 emissions and the Group of 77,', SEPARATOR, '1 See A/60/687.', '2 See A/60/688.'].join('\n');
      expect(body(lift(text, en).lines)).toEqual(['1:2015/26. Title', '2: Recalling the outcome of the Summit,[^1] and the report,[^2]', '3: Concerned about CO2 emissions and the Group of 77,']);
    });

    it('does not take a figure that belongs to the text for a mark: symbols, paragraph numbers, years', () => {
      const text = ['2015/26. Title', ' Recalling resolution 69/204, paragraph 2 of A/70/63-E/2015/10 and the 2014-2015 period,', SEPARATOR, '1 See A/60/687.', '2 See A/60/688.'].join('\n');
      const lifted = lift(text, en);
      expect(body(lifted.lines)[1]).toBe('2: Recalling resolution 69/204, paragraph 2 of A/70/63-E/2015/10 and the 2014-2015 period,');
    });

    it('does not take a day of the month at the end of a Chinese line for a mark', () => {
      const text = ['2015/26.题目', ' 回顾其决议，1', ' 又注意到于 2014 年 6 月 2', '至 13 日在日内瓦举办的活动；', SEPARATOR, '1 见 A/60/687。', '2 见 A/60/688。'].join('\n');
      expect(body(lift(text).lines)).toContain('3: 又注意到于 2014 年 6 月 2');
    });
  });

  describe('footnote blocks', () => {
    it('warns, with the line, when a footnote number is skipped', () => {
      const lifted = lift(['2015/26.题目', ' 回顾，1', ' 又回顾，3', SEPARATOR, '1 见 A/60/687。', '3 见 A/60/688。'].join('\n'));
      expect(lifted.footnotes.map((f) => f.n)).toEqual([1, 3]);
      expect(lifted.warnings).toContain('line 6: footnote 3 follows footnote 1; footnotes are missing');
    });

    it('warns, with the line, about a footnote that has no text', () => {
      const lifted = lift(['2015/26.题目', ' 回顾，1', SEPARATOR, '1', ''].join('\n'));
      expect(lifted.footnotes).toEqual([{ n: 1, text: '', line: 4 }]);
      expect(lifted.warnings).toContain('line 4: footnote 1 has no text');
    });

    it('ends a block at a line that does not start a footnote, which is the top of the next page', () => {
      const lifted = lift(['2015/26.题目', ' 回顾，1', SEPARATOR, '1', ' 见 A/60/687。 ', '  25. 回顾大会在其第 67/195 号决议中'].join('\n'));
      expect(lifted.footnotes).toEqual([{ n: 1, text: '见 A/60/687。', line: 4 }]);
      expect(lifted.lines.at(-1)).toEqual({ n: 6, text: '  25. 回顾大会在其第 67/195 号决议中', pageStart: true });
    });

    it('does not read the next page\'s first line "2 日在圣何塞举行的…" as footnote 2', () => {
      const text = ['2015/26.题目', ' 42. 又注意到由国际电信联盟和哥斯达黎加政府主办，于 2013 年 9 月 1 至', SEPARATOR, '1', ' 见 A/60/687。 ', '2 日在圣何塞举行的“跨越 2015 年”全球青年峰会，并注意到峰会宣言；1'].join('\n');
      const lifted = lift(text);
      expect(lifted.footnotes.map((f) => f.n)).toEqual([1]);
      expect(body(lifted.lines)).toContain('6:2 日在圣何塞举行的“跨越 2015 年”全球青年峰会，并注意到峰会宣言；[^1]');
    });
  });

  it('re-joins an English line split by a mark with a space between the words: "Summit," + "and"', () => {
    const text = [
      '2015/26. Title',
      ' Recalling the outcome of the Summit,1 and the report,2',
      ' (c) Invite Member States to collect relevant data at the national level, in response ',
      '',
      'to surveys such as the one on the targets of the World Summit,',
      '3',
      ' and to share ',
      '',
      'country case studies; ',
      SEPARATOR,
      '1 See A/60/687.',
      '2 See A/60/688.',
      '3 E/CN.16/2015/2.',
    ].join('\n');
    const lines = lift(text, en).lines.filter((l) => l.n === 5);
    expect(showMarks(lines[0]?.text ?? '')).toBe('to surveys such as the one on the targets of the World Summit,[^3] and to share');
  });

  describe('marks as the six languages print them (renderings of the UN\'s Akoma Ntoso)', () => {
    const notes = (...texts: string[]) => [SEPARATOR, ...texts.map((t, i) => `${i + 1} ${t}`)];

    it('joins the rest of a line a mark alone cut with no space when it starts with punctuation: "l’information" + "1" + ", et"', () => {
      const text = ['2023/3. Titre', ' Rappelant les textes issus du Sommet mondial sur la société de l’information', '1 ', ', et rappelant', ...notes('Voir A/60/687.')].join('\n');
      expect(body(lift(text, fr).lines)).toContain('2: Rappelant les textes issus du Sommet mondial sur la société de l’information[^1], et rappelant');
    });

    it('keeps the space that ends a block when it stands on its own line after the mark (seed lines 22–24)', () => {
      const lifted = lift(['2015/26.题目', ' 回顾信息社会世界首脑会议的成果文件，', '1', ' ', ' 又回顾，', SEPARATOR, '1', ' 见 A/60/687。'].join('\n'));
      expect(lifted.lines.find((l) => l.n === 2)?.endSpace).toBe(true);
    });

    it('takes no mark in a figure with a decimal comma: "5,3 milliards"', () => {
      const text = ['2023/3. Titre', ' Se félicite que 95 pour cent de la population et 5,3 milliards de personnes,', ...notes('Voir A/60/687.', 'Voir A/60/688.', 'Voir A/60/689.')].join('\n');
      expect(body(lift(text, fr).lines)[1]).toBe('2: Se félicite que 95 pour cent de la population et 5,3 milliards de personnes,');
    });

    it('reads a mark glued to a year, "20054," as 2005 and mark 1, and one glued after "»"', () => {
      const text = ['2023/3. Titre', ' Réaffirme l’Agenda de Tunis adopté en 20051, et intitulé « Plan d’action »2, et', ...notes('Voir A/60/687.', 'Voir A/60/688.')].join('\n');
      expect(body(lift(text, fr).lines)[1]).toBe('2: Réaffirme l’Agenda de Tunis adopté en 2005[^1], et intitulé « Plan d’action »[^2], et');
    });

    it('reads a mark glued to a Chinese character, but not a figure before a unit on the next line, nor "目标 5" (Goal 5)', () => {
      const text = ['2021/7.题目', ' 重申《日内瓦四公约》1及其附加议定书，根据可持续发展目标2，于2020年7月2', '日通过的第2020/9号决议，', ...notes('见 A/60/687。', '见 A/60/688。')].join('\n');
      expect(body(lift(text).lines)[1]).toBe('2: 重申《日内瓦四公约》[^1]及其附加议定书，根据可持续发展目标2，于2020年7月2');
    });

    it('reads Arabic marks in brackets, glued to the word or alone on a line, and Arabic footnote numbers in brackets', () => {
      const text = ['2023/3 - العنوان', ' إذ يشير إلى الوثائق الختامية للقمة العالمية(1)، وإلى', 'خطة عام 2030', '(2)', '، وإذ', SEPARATOR, '(1) انظر A/C.2/59/3.', '(2) القرار 70/1.'].join('\n');
      const lifted = lift(text, ar);
      expect(body(lifted.lines)).toEqual(['1:2023/3 - العنوان', '2: إذ يشير إلى الوثائق الختامية للقمة العالمية[^1]، وإلى', '3:خطة عام 2030[^2]، وإذ']);
      expect(lifted.footnotes.map((f) => [f.n, f.text])).toEqual([[1, 'انظر A/C.2/59/3.'], [2, 'القرار 70/1.']]);
      expect(lifted.warnings).toEqual([]);
    });

    it('finds a mark glued to a figure ("Agenda 21" and mark 2 as "Agenda 212") between the marks around it', () => {
      const text = ['2021/13. Title', ' Recalling the Summit,1 and the implementation of Agenda 212 by the Assembly,3 and the report4 of', 'the Secretary-General,', ...notes('A.', 'B.', 'C.', 'D.')].join('\n');
      const lifted = lift(text, en);
      expect(body(lifted.lines)[1]).toBe('2: Recalling the Summit,[^1] and the implementation of Agenda 21[^2] by the Assembly,[^3] and the report[^4] of');
      expect(lifted.warnings).toEqual([]);
    });

    it('does not take a figure set apart by spaces for a mark in a series or after a word that numbers things', () => {
      const text = ['2021/17. Titre', ' Rappelant la conférence tenue les 10 et 11 décembre 2018 et les paragraphes 3 et 4 de l’article IV,', ...notes('A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.')].join('\n');
      expect(body(lift(text, fr).lines)[1]).toBe('2: Rappelant la conférence tenue les 10 et 11 décembre 2018 et les paragraphes 3 et 4 de l’article IV,');
      const spanish = ['2021/17. Título', ' Recordando la conferencia celebrada los días 10', 'y 11 de diciembre de 2018,', ...notes('A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'I.', 'J.')].join('\n');
      expect(body(lift(spanish, es).lines)[1]).toBe('2: Recordando la conferencia celebrada los días 10');
    });
  });

  describe('footnote blocks, as the six languages print them', () => {
    it('ends a footnote with no full stop ("See A/C.2/59/3, annex") at the indented top of the next page', () => {
      const text = ['2023/3. Title', ' Reaffirms the Geneva Declaration,1 which faces numerous challenges, and that there is a', SEPARATOR, '1', ' See A/C.2/59/3, annex ', ' through efforts to improve connectivity,'].join('\n');
      const lifted = lift(text, en);
      expect(lifted.footnotes.map((f) => f.text)).toEqual(['See A/C.2/59/3, annex']);
      expect(body(lifted.lines)).toContain('6: through efforts to improve connectivity,');
    });

    it('runs a footnote on over a line that ends with an abbreviation ("chap.")', () => {
      const text = ['2023/5. Titre', ' Gardant à l’esprit le Plan de mise en œuvre de Johannesburg,1 et', SEPARATOR, '1', ' Rapport du Sommet mondial (publication des Nations Unies, numéro de vente : F.03.II.A.1), chap.', '', 'I, résolution 2, annexe. ', '  1. Prend note du rapport ;'].join('\n');
      const lifted = lift(text, fr);
      expect(lifted.footnotes.map((f) => f.text)).toEqual(['Rapport du Sommet mondial (publication des Nations Unies, numéro de vente : F.03.II.A.1), chap. I, résolution 2, annexe.']);
    });

    it('does not take Arabic paragraph "50 -" at the top of the next page for footnote 50', () => {
      const text = ['2023/3 - العنوان', ' 49 - يشير إلى عقد المحفل(1)؛', SEPARATOR, '(1)', ' منظمة الأمم المتحدة للتربية والعلم والثقافة، سجلات المؤتمر العام،', '9-24 تشرين الثاني/نوفمبر 2021. ', '  50 - يشير أيضا إلى عقد الجمعية؛'].join('\n');
      const lifted = lift(text, ar);
      expect(lifted.footnotes.map((f) => f.n)).toEqual([1]);
      expect(body(lifted.lines)).toContain('7:  50 - يشير أيضا إلى عقد الجمعية؛');
    });
  });
});

