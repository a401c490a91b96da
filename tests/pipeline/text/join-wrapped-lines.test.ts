import { describe, expect, it } from 'vitest';
import { en } from '../../../src/pipeline/conventions/en.ts';
import { isStandaloneLine } from '../../../src/pipeline/conventions/standalone.ts';
import type { Conventions } from '../../../src/pipeline/conventions/types.ts';
import { zh } from '../../../src/pipeline/conventions/zh.ts';
import { ar } from '../../../src/pipeline/conventions/ar.ts';
import { joinWrappedLines, type JoinOptions, type TextBlock } from '../../../src/pipeline/text/join-wrapped-lines.ts';
import { liftFootnotes } from '../../../src/pipeline/text/lift-footnotes.ts';
import { stripPageFurniture } from '../../../src/pipeline/text/strip-page-furniture.ts';
import { seedText, showMarks, sourceLines } from './helpers.ts';

/** The options the importer gives the joiner for a language. */
const optionsFor = (conventions: Conventions): JoinOptions => ({ standalone: (line) => isStandaloneLine(conventions, line), leadWord: conventions.leadWord });

/** The stages before the joiner, as the importer runs them. */
const prepared = (text: string, conventions: Conventions) => liftFootnotes(stripPageFurniture(sourceLines(text), conventions).lines).lines;

/** Each block as its source line numbers and its text, marks shown as [^n]. */
const shown = (blocks: TextBlock[]) => blocks.map((b) => [b.lines.map((l) => l.n), showMarks(b.text)] as const);

const seedBlocks = joinWrappedLines(prepared(seedText, zh), optionsFor(zh));
/** The seed's block that starts on line `n`. */
const seedBlock = (n: number) => shown(seedBlocks.filter((b) => b.lines[0]?.n === n))[0];
/** The first line of each seed block from line `from` to line `to`. */
const startsBetween = (from: number, to: number) => seedBlocks.map((b) => b.lines[0]?.n ?? 0).filter((n) => n >= from && n <= to);

describe('joinWrappedLines on the seed (double-spaced Chinese)', () => {
  it('makes 87 blocks: 4 of front matter, 8 preambular paragraphs, 5 headings, 63 paragraphs, 5 sub-paragraphs and 2 closing lines', () => {
    expect(seedBlocks).toHaveLength(87);
  });

  it('keeps the adoption line, recommendation, title and formula apart, and joins the title\'s two lines', () => {
    expect(shown(seedBlocks.slice(0, 4))).toEqual([
      [[13], '2015 年 7 月 22 日经济及社会理事会决议'],
      [[15], '[根据科学和技术促进发展委员会的建议(E/2015/31)通过]'],
      [[17, 18], '2015/26.评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展'],
      [[20], '经济及社会理事会，'],
    ]);
  });

  it('ignores the blank line between every two lines, joining a paragraph\'s lines across it with no space', () => {
    expect(seedBlock(26)).toEqual([[26, 28], '又回顾其关于世界首脑会议的后续行动及科学和技术促进发展委员会的审查情况的 2006 年 7月 28 日第 2006/46 号决议和该决议赋予委员会的任务，']);
  });

  it('starts a preambular paragraph after a short line that ends a clause', () => {
    expect(startsBetween(22, 63)).toEqual([22, 26, 30, 34, 38, 42, 48, 61]);
  });

  it('joins paragraph 1 into one block, the mark in place and the split line re-joined (lines 67–75)', () => {
    expect(seedBlock(67)).toEqual([
      [67, 71, 73, 75],
      '1. 注意到目前执行信息社会世界首脑会议成果的情况，[^1]特别强调其多利益攸关方性质，牵头机构作为行动方针促进者在这方面发挥的作用，以及联合国各区域委员会和联合国信息社会小组的作用，并赞赏科学和技术促进发展委员会作为世界首脑会议全系统后续行动协调中心，具有协助经济及社会理事会的作用；',
    ]);
  });

  it('keeps a heading apart from the paragraphs around it (lines 229–235)', () => {
    expect(seedBlock(233)).toEqual([[233], '因特网治理']);
    expect(startsBetween(223, 239)).toEqual([223, 233, 235]);
  });

  it('keeps the heading after a footnote mark apart from the paragraph before it (lines 241–247)', () => {
    expect(startsBetween(241, 251)).toEqual([241, 245, 247]);
    expect(seedBlock(241)).toEqual([[241], '22. 又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；[^4]']);
    expect(seedBlock(245)).toEqual([[245], '加强合作']);
  });

  it('starts a block at each sub-paragraph (a)–(e) of paragraph 48', () => {
    expect(startsBetween(429, 455)).toEqual([429, 435, 437, 441, 447, 451, 455]);
    expect(seedBlock(437)).toEqual([[437, 439], '(b) 又注意到2014年 11月 24至 26日在第比利斯举行的第十二届关于世界电信/信息和通信技术指标的专题讨论会；']);
  });

  it('joins a paragraph across a page break and its footnotes: paragraph 50 ends before them, paragraph 51 starts after', () => {
    expect(seedBlock(461)?.[0]).toEqual([461, 463, 465, 467]);
    expect(seedBlock(474)).toEqual([[474, 476, 478], '51. 又回顾大会在其第 67/195 号决议第 11 段中重申，正如《突尼斯议程》第 111 段所确认的，大会在 2015 年底对世界首脑会议成果执行情况的全面审查中发挥作用；']);
  });

  it('joins a line that carries one more leading space than usual to the full line before it (line 197)', () => {
    expect(seedBlock(194)?.[0]).toEqual([194, 196, 197, 199]);
  });

  it('does not take a wrapped line that starts with a figure for a numbered paragraph (line 322: "72 段所述")', () => {
    expect(seedBlock(320)?.[0]).toEqual([320, 322, 324]);
  });

  it('keeps the closing date and meeting lines apart from the last paragraph and from each other', () => {
    expect(shown(seedBlocks.slice(-3))).toEqual([
      [[551, 553], '63. 又强调信息和通信技术促进发展的重要性，并认为应在 2015 年后的发展议程中予以适当反映。'],
      [[557], '2015 年 7月 22 日'],
      [[558], '第 54 次全体会议'],
    ]);
  });

  it('trims each source line it keeps and keeps its number', () => {
    const block = seedBlocks.find((b) => b.lines[0]?.n === 20);
    expect(block?.lines).toEqual([{ n: 20, text: '经济及社会理事会，' }]);
  });
});

describe('joinWrappedLines on English texts', () => {
  it('joins English lines with one space, rejoins a hyphenated word and keeps a symbol cut at its hyphen whole', () => {
    const lines = sourceLines(
      [
        ' Taking note with appreciation of the report of the Secretary-General on the devel\u00AD',
        '',
        'opment of the information society (A/70/63-',
        '',
        'E/2015/10) and of the report of the Commission on Science and Technology for',
        '',
        'Development on its eighteenth session, ',
        '',
        ' 1. Takes note of the report; ',
      ].join('\n'),
    );
    expect(shown(joinWrappedLines(lines, optionsFor(en)))).toEqual([
      [[1, 3, 5, 7], 'Taking note with appreciation of the report of the Secretary-General on the development of the information society (A/70/63-E/2015/10) and of the report of the Commission on Science and Technology for Development on its eighteenth session,'],
      [[9], '1. Takes note of the report;'],
    ]);
  });

  it('ends a paragraph at a blank line when the text is single-spaced (blank lines only between paragraphs)', () => {
    const text = [
      'Recalling also its resolution 2006/46 of 28 July 2006 on the follow-up to the World',
      'Summit on the Information Society and review of the Commission on Science and',
      'Technology for Development, and the mandate that it assigned to the Commission,',
      '',
      'Recalling further its resolution 2014/27 of 16 July 2014 on the assessment of the',
      'progress made in the implementation of and follow-up to the outcomes of the World',
      'Summit,',
      '',
      '1.\tTakes note of the status of the implementation of the outcomes of the World',
      'Summit on the Information Society;',
    ].join('\n');
    expect(joinWrappedLines(sourceLines(text), optionsFor(en)).map((b) => b.lines.map((l) => l.n))).toEqual([[1, 2, 3], [5, 6, 7], [9, 10]]);
  });

  it('gives each paragraph of a Word text saved with one line per paragraph its own block', () => {
    const text = [
      'The Economic and Social Council,',
      'Recalling also its resolution 2006/46 of 28 July 2006 on the follow-up to the World Summit on the Information Society and review of the Commission on Science and Technology for Development, and the mandate that it assigned to the Commission,',
      'Recalling further its resolution 2014/27 of 16 July 2014,',
      'Taking note of the report of the Secretary-General on the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society at the regional and international levels,',
      'Expressing its appreciation to the Secretary-General of the United Nations Conference on Trade and Development for his role in helping to complete the above-mentioned report on time,',
      '1.\tTakes note of the status of the implementation of the outcomes of the World Summit on the Information Society, and encourages all stakeholders to continue their efforts;',
      '(a)\tContinue to review and revise their indicators, taking into account the different levels of development;',
      'Internet governance',
      '2.\tRecognizes the importance of the Internet Governance Forum and its mandate as a forum for multi-stakeholder dialogue on various matters, including public policy issues;',
      '54th plenary meeting',
      '22 July 2015',
    ].join('\r\n');
    const blocks = joinWrappedLines(sourceLines(text), optionsFor(en));
    expect(blocks.map((b) => b.lines.map((l) => l.n))).toEqual([[1], [2], [3], [4], [5], [6], [7], [8], [9], [10], [11]]);
    expect(blocks[5]?.text).toBe('1.\tTakes note of the status of the implementation of the outcomes of the World Summit on the Information Society, and encourages all stakeholders to continue their efforts;');
  });

  it('keeps the formula apart from a title whose last line is long and not indented less than the body', () => {
    const text = [
      '2015/26.\tAssessment of the progress made in the implementation of and',
      'follow-up to the outcomes of the World Summit on the Information Society',
      'The Economic and Social Council,',
      'Recalling the outcome documents of the World Summit on the Information',
      'Society,',
    ].join('\n');
    expect(joinWrappedLines(sourceLines(text), optionsFor(en)).map((b) => b.lines.map((l) => l.n))).toEqual([[1, 2], [3], [4, 5]]);
  });

  it('keeps a recommendation line in brackets on its own', () => {
    const text = ['Resolution adopted by the Economic and Social Council on 22 July 2015', '[on the recommendation of the Commission on Science and Technology for Development (E/2015/31)]', '2015/26. Assessment'].join('\n');
    expect(joinWrappedLines(sourceLines(text), optionsFor(en)).map((b) => b.lines.map((l) => l.n))).toEqual([[1], [2], [3]]);
  });
});

describe('joinWrappedLines, edge cases', () => {
  it('returns no block for no lines, or only blank ones', () => {
    expect(joinWrappedLines([])).toEqual([]);
    expect(joinWrappedLines(sourceLines(' \n\n  '))).toEqual([]);
  });

  it('starts a block at the next paragraph number, even where the previous line is full and ends no clause', () => {
    const lines = sourceLines(' 1. 注意到报告中关于信息社会世界首脑会议成果在区域和国际两级落实的情况\n 2. 又注意到报告；');
    expect(joinWrappedLines(lines).map((b) => b.lines.map((l) => l.n))).toEqual([[1], [2]]);
  });
});

describe('joinWrappedLines on renderings of the six languages (issue 3)', () => {
  const blocksOf = (lines: string[], conventions: Conventions) => joinWrappedLines(sourceLines(lines.join('\n')), optionsFor(conventions)).map((b) => b.lines.map((l) => l.n));
  /** Double-spaced lines, as the seed prints them: each followed by an empty line. */
  const doubled = (lines: string[]) => lines.flatMap((l) => [l, '']);

  it('ends a block where its last line ends with a space, where the extraction marks block ends so (the seed does)', () => {
    const lines = doubled([
      'Decision J (70) ',
      'Implementation of the rapid response mechanism for the protection of environmental',
      'defenders under the Aarhus Convention ',
      ' The Economic Commission for Europe, ',
      ' 1. Acknowledging the essential role of the Convention on Access to Information, Public',
      'Participation in Decision-making and Access to Justice in Environmental Matters in',
      ' the achievement of the Sustainable Development Goals, as the top of a page prints it, ',
      ' 2. Also acknowledging that the Aarhus Convention is thereby playing an important role; ',
    ]);
    // Two headings in a row stay apart; a line at the top of a page, one space in, runs on.
    expect(blocksOf(lines, en)).toEqual([[1], [3, 5], [7], [9, 11, 13], [15]]);
  });

  it('runs on at an indented line in lower case after a full line, where no furniture marks the top of the page', () => {
    const lines = doubled([
      ' 58. Reiterates the commitment to harnessing the potential of information and',
      'agreed development goals, noting that they can accelerate progress across all 17',
      'Sustainable Development Goals, accordingly urges all Governments, the private sector,',
      ' civil society, international organizations, the technical and academic communities',
      'and all other relevant stakeholders to integrate information and communications.',
    ]);
    expect(blocksOf(lines, en)).toEqual([[1, 3, 5, 7, 9]]);
  });

  it('takes no lead word for the start of a paragraph in the operative part ("强调" inside paragraph 27 of the Chinese 2023/3)', () => {
    const lines = doubled([
      ' 1. 极为关切地注意到许多发展中国家缺乏负担得起的获取信息和通信技术的渠道，',
      '对绝大多数贫困者而言，包括信息和通信技术在内的科学和技术带来的希望仍未实现，',
      '强调需有效利用技术，包括信息和通信技术及数据管理，并促进数字素养，以弥合数',
      '字鸿沟和知识鸿沟；',
    ]);
    expect(blocksOf(lines, zh)).toEqual([[1, 3, 5, 7]]);
  });

  it('reads "(a)" that the wrapping set at the start of a line after a full line as the text\'s own, not a sub-paragraph', () => {
    const lines = doubled([
      ' 5. Decides that the Committee shall consider, in accordance with the rules set out in subparagraph',
      '(a) of annex I to the present resolution, the matters before it, and report thereon;',
      ' (a) To the Council at its next session;',
    ]);
    expect(blocksOf(lines, en)).toEqual([[1, 3], [5]]);
  });

  it('keeps the space between a label alone on its line and its words ("1 -" then the text)', () => {
    const blocks = joinWrappedLines(sourceLines(['1 - ', 'يحيط علما بتقرير لجنة الخبراء؛', ' ', '2 - ', 'يدعو اللجنة؛'].join('\n')), optionsFor(ar));
    expect(blocks.map((b) => b.text)).toEqual(['1 - يحيط علما بتقرير لجنة الخبراء؛', '2 - يدعو اللجنة؛']);
  });

  it('parts paragraphs at blank lines in a text with no numbered paragraphs, where preambular ones follow blank lines', () => {
    const lines = [
      'Noting the adoption by the Conference of African Ministers of Finance, Planning and ',
      'transformation and sustainable development, ',
      ' ',
      'Recalling its resolution 2022/15 of 21 July 2022 on the Conference of Ministers of ',
      'Finance, Planning and Economic Development held in Addis Ababa in March, ',
      ' ',
      'Recalling also its resolution 2021/4 of 8 June 2021 on the African Institute, ',
      ' ',
      'Taking note of the report of the Secretary-General on the work of the Institute, ',
      ' ',
      'Endorses resolution 2023/10 of the Conference of African Ministers of Finance, ',
      'Planning and Economic Development on the African Institute for Economic Development. ',
    ];
    expect(blocksOf(lines, en)).toEqual([[1, 2], [4, 5], [7], [9], [11, 12]]);
  });

  it('at the top of a page, ends a block after a short line; a label alone takes the width of its first line', () => {
    const lines = [
      '(十三) ',
      '鼓励审查将科学、技术和创新纳入实现可持续发展目标工作的进展情况，并请秘书长 ',
      '提交报告，说明审查的结果和对各国政策制定工作所产生的影响以及今后需采取的步骤； ',
      ' ',
      '(十四) ',
      '利用前瞻活动，定期评估数字生态系统等国家创新体系，包括性别敏感方面， ',
      '\f以查明体系中的薄弱环节，采取有效的政策干预措施以加强较为薄弱的组成部分，与 ',
      '其他会员国分享成果； ',
      ' ',
      '加强合作 ',
      '\f(十五) ',
      '认识到有必要促进以支持科学、技术和创新为目的的数字生态系统； ',
    ];
    expect(blocksOf(lines, zh)).toEqual([[1, 2, 3], [5, 6, 7, 8], [10], [11, 12]]);
  });

  it('parts a heading at the top of a page from the paragraph that ended at the foot of the one before', () => {
    const lines = [
      '3 - ',
      'يرحب بمساهمة اللجنة في المنتدى السياسي الرفيع المستوى، ويؤكد مجددا أن مبدأ عدم ترك ',
      'أي أحد خلف الركب ينبغي أن يكون أحد المبادئ الأساسية للإدارة العامة وأهدافها كلها؛ ',
      '\fالتعجيل بتحويل المؤسسات من أجل عالم أكثر استدامة وشمولاً وقدرة على الصمود في وقت ',
      'تتعدد فيه الأزمات ',
      ' ',
      '4 - ',
      'يسلم بأهمية اتباع نُهج تشمل الحكومة بأكملها والمجتمع بأسره؛ ',
    ];
    expect(blocksOf(lines, ar)).toEqual([[1, 2, 3], [4, 5], [7, 8]]);
  });

  it('keeps the letter of a part on its own, apart from the heading under it', () => {
    const lines = doubled([
      ' Having considered the report of the Secretary-General on the work of the Committee of',
      'Experts on the Transport of Dangerous Goods and on the Globally Harmonized System,',
      'A',
      'Work of the Committee regarding the transport of dangerous goods',
      ' Recognizing the importance of the work of the Committee for the harmonization of codes',
      'and regulations relating to the transport of dangerous goods,',
    ]);
    expect(blocksOf(lines, en)).toEqual([[1, 3], [5], [7], [9, 11]]);
  });

  // Found by tests/pipeline/hostile/text-to-page.property.test.ts (issue 8): both split a paragraph in two.
  it('reads "[" at the start of a wrapped line below the title as the text\'s own, not as a recommendation line', () => {
    const lines = ['[on the recommendation of the Commission]', '', '2099/1.\tTitle', '', 'Recalling the links', '[link](http://x) and more,', '', '1.\tDecides to act', 'further;', '', '2.\tDecides to act;'];
    expect(blocksOf(lines, en)).toEqual([[1], [3], [5, 6], [8, 9], [11]]);
  });

  it('where blank lines part paragraphs, takes no short line inside a paragraph for a heading', () => {
    const lines = ['Recalling its work,', '', '1.\tDecides :', '{ Council', 'and more;', '', '2.\tDecides;', '', 'Internet governance', '', '3.\tDecides;'];
    expect(blocksOf(lines, en)).toEqual([[1], [3, 4, 5], [7], [9], [11]]);
  });
});
