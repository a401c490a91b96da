import { describe, it, expect } from 'vitest';
import { findCitations, resolveCitations } from '../../../src/pipeline/citations/find-citations.ts';
import { CITATION_KINDS } from '../../../src/pipeline/citations/registry.ts';
import type { CitationKind } from '../../../src/pipeline/citations/types.ts';
import { show, type Shown } from './show.ts';

/** Paragraphs and footnotes of the seed E/RES/2015/26 (zh), wrapped lines joined, labels removed. */
const SEED: [id: string, text: string, expected: Shown[]][] = [
  ['heading', '[根据科学和技术促进发展委员会的建议(E/2015/31)通过]', [{ link: 'E/2015/31', target: 'E/2015/31' }]],
  ['title', '2015/26.评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展', []],
  ['preamble-1', '回顾信息社会世界首脑会议的成果文件，', []],
  ['preamble-2', '又回顾其关于世界首脑会议的后续行动及科学和技术促进发展委员会的审查情况的 2006 年 7月 28 日第 2006/46 号决议和该决议赋予委员会的任务，', [{ link: '第 2006/46 号决议', target: 'E/RES/2006/46' }]],
  ['preamble-3', '还回顾其关于世界首脑会议成果文件执行和后续行动方面进展情况评估的2014 年 7月 16 日第 2014/27 号决议，', [{ link: '第 2014/27 号决议', target: 'E/RES/2014/27' }]],
  ['preamble-4', '回顾大会 2014 年 12 月 19 日关于信息和通信技术促进发展的第 69/204 号决议，', [{ link: '第 69/204 号决议', target: 'A/RES/69/204' }]],
  ['preamble-5', '又回顾大会2014年 7月 31日关于大会全面审查信息社会世界首脑会议成果执行情况的方式的第 68/302 号决议，', [{ link: '第 68/302 号决议', target: 'A/RES/68/302' }]],
  ['fn-1', '见 A/C.2/59/3 和 A/60/687。', [{ link: 'A/C.2/59/3', target: 'A/C.2/59/3' }, { link: 'A/60/687', target: 'A/60/687' }]],
  ['fn-2', 'A/70/63-E/2015/10。', [{ link: 'A/70/63-E/2015/10', target: 'A/70/63-E/2015/10' }]],
  ['fn-3', 'E/CN.16/2015/2。', [{ link: 'E/CN.16/2015/2', target: 'E/CN.16/2015/2' }]],
  ['para-2', '表示注意到联合国许多实体根据经社理事会2007年7月25日第2007/8号决议规定的任务，提交各自的报告及其执行摘要，为编制联合国秘书长提交委员会并发表在委员会网站上的年度报告提供投入；并回顾牵头行动方针促进者之间和与委员会秘书处的密切协调至关重要；', [{ link: '第2007/8号决议', target: 'E/RES/2007/8' }]],
  ['para-6', '回顾大会在其 2006 年 3 月 27 日第 60/252 号决议中请经社理事会监督世界首脑会议日内瓦和突尼斯成果在全系统内的贯彻落实，并为此请经社理事会在 2006 年实质性会议上审查委员会的任务授权、议程和构成，包括参照多利益攸关方方针审议加强该委员会的问题；', [{ link: '第 60/252 号决议', target: 'A/RES/60/252' }]],
  ['para-22', '又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；', []],
  ['fn-4', '见 A/60/687。', [{ link: 'A/60/687', target: 'A/60/687' }]],
  ['para-25', '回顾大会在其 2012年 12月 21日第 67/195 号决议中邀请科学和技术促进发展委员会主席设立一个加强合作工作组，以审议《信息社会突尼斯议程》中信息社会世界首脑会议关于通过征求、汇编和审查所有会员国和所有其他利益攸关方的意见加强合作的任务规定，并就如何充分执行这一任务提出建议；并请工作组向委员会 2014 年第十七届会议提交报告，以此作为对全面审查世界首脑会议成果的投入；', [{ link: '第 67/195 号决议', target: 'A/RES/67/195' }]],
  ['para-26', '又回顾大会在其第 67/195 号决议中请委员会主席确保加强合作工作组具有均衡代表性，由来自委员会五个区域组的国家政府以及从发展中国家和发达国家均等选出的所有其他利益攸关方(即私营部门、民间社会、技术和学术界以及政府间组织和国际组织)的受邀请者组成；', [{ link: '第 67/195 号决议', target: 'A/RES/67/195' }]],
  ['para-27', '注意到工作组在 2013 年 5月至 2014 年 5月期间举行了四次会议。在这些会议上，工作组审查了加强合作的任务规定，并为此目的发布了一份调查问卷，以征求、汇编和审查所有会员国和其他利益攸关方的意见，从而按照大会第67/195 号决议的规定拟定建议草案；', [{ link: '第67/195 号决议', target: 'A/RES/67/195' }]],
  ['para-29', '注意到尽管在某些问题上形成了共识，但在其他一些问题上依然存在很大的意见分歧，使工作组不能就如何全面落实《突尼斯议程》所载并由大会第67/195 号决议赋予的加强合作的任务提出建议；', [{ link: '第67/195 号决议', target: 'A/RES/67/195' }]],
  ['para-31', '回顾经社理事会第2014/27号决议建议委员会秘书处可继续开展这一工作，以便将调查结果交由委员会闭会期间会议作进一步讨论，并将其纳入首脑会议成果执行进展情况十年期审查，供委员会第十八届会议审议；', [{ link: '第2014/27号决议', target: 'E/RES/2014/27' }]],
  ['fn-5', 'E/CN.16/2014/CRP.3。', [{ link: 'E/CN.16/2014/CRP.3', target: 'E/CN.16/2014/CRP.3' }]],
  ['para-34', '回顾大会在其第 69/204 号决议中请秘书长在就执行和落实世界首脑会议成果进展情况提出年度报告时继续提供资料，说明在执行工作组报告中所载的委员会关于改进因特网治理论坛的建议方面取得的进展，特别是在加强发展中国家的参与方面取得的进展；', [{ link: '第 69/204 号决议', target: 'A/RES/69/204' }]],
  ['fn-6', 'A/67/65-E/2012/48 和 Corr.1。', [{ link: 'A/67/65-E/2012/48', target: 'A/67/65-E/2012/48' }, { link: 'Corr.1', target: 'A/67/65/Corr.1-E/2012/48/Corr.1' }]],
  ['fn-7', '大会第 55/2 号决议。', [{ link: '第 55/2 号决议', target: 'A/RES/55/2' }]],
  ['fn-8', '发展筹资问题国际会议的报告，2002 年 3 月 18 日至 22 日，墨西哥蒙特雷》(联合国出版物，出售品编号：C.02.II.A.7)，第一章，决议 1，附件。', []],
  ['para-51', '又回顾大会在其第 67/195 号决议第 11 段中重申，正如《突尼斯议程》第 111 段所确认的，大会在 2015 年底对世界首脑会议成果执行情况的全面审查中发挥作用；', [{ link: '第 67/195 号决议第 11 段', target: 'A/RES/67/195', para: '11' }]],
  ['para-52', '还回顾大会 2013 年 12 月 20 日第 68/198 号决议第 22 段，其中大会决定尽早决定全面审查的方式，并请大会主席任命两位共同主持人，以为此目的举行公开的政府间协商；', [{ link: '第 68/198 号决议第 22 段', target: 'A/RES/68/198', para: '22' }]],
  ['para-54', '注意到根据经社理事会第 2006/46 号决议的规定，委员会发挥协调中心的作用，协助经社理事会在全系统后续跟踪、特别是审查和评估世界首脑会议成果落实的进展情况；', [{ link: '第 2006/46 号决议', target: 'E/RES/2006/46' }]],
  ['para-57', '回顾经社理事会第 2014/27 号决议第 57 段，其中请委员会从会员国及主持人和利益攸关方那里征求更多意见，在其 2015 年第十八届会议期间就世界首脑会议成果的执行情况及后续行动方面取得的进展所作的十年期审查组织一次实质性讨论，并就此通过经社理事会向大会提出报告，因为大会将于 2015 年全面审查世界首脑会议成果的执行情况；', [{ link: '第 2014/27 号决议第 57 段', target: 'E/RES/2014/27', para: '57' }]],
  ['para-58', '还回顾经社理事会第 2013/9 号决议第 48段，其中请委员会在其第十八届会议后通过经社理事会向大会提交世界首脑会议成果执行进展情况十年期审查的结果，因为大会将于 2015 年全面审查世界首脑会议成果的执行情况；', [{ link: '第 2013/9 号决议第 48段', target: 'E/RES/2013/9', para: '48' }]],
  ['fn-9', '《经济及社会理事会正式记录，2015 年，补编第 11 号》(E/2015/31)。', [{ link: 'E/2015/31', target: 'E/2015/31' }]],
  ['para-61', '请秘书长每年向委员会提交报告，说明本决议及经社理事会其他决议中有关评估世界首脑会议成果执行情况和后续工作在数量和质量方面进展的建议的落实情况；', []],
  ['closing', '2015 年 7月 22 日第 54 次全体会议', []],
];

describe('findCitations over the seed E/RES/2015/26 (zh)', () => {
  it.each(SEED)('%s', (_id, text, expected) => {
    expect(show(text, findCitations(text, { lang: 'zh' }))).toEqual(expected);
  });

  it('finds every citation of the seed, and no others', () => {
    const targets = SEED.flatMap(([, text]) => findCitations(text, { lang: 'zh' }).map((c) => c.target));
    expect(targets).toHaveLength(28);
    expect([...new Set(targets)].sort()).toEqual([
      'A/60/687', 'A/67/65-E/2012/48', 'A/67/65/Corr.1-E/2012/48/Corr.1', 'A/70/63-E/2015/10', 'A/C.2/59/3',
      'A/RES/55/2', 'A/RES/60/252', 'A/RES/67/195', 'A/RES/68/198', 'A/RES/68/302', 'A/RES/69/204',
      'E/2015/31', 'E/CN.16/2014/CRP.3', 'E/CN.16/2015/2',
      'E/RES/2006/46', 'E/RES/2007/8', 'E/RES/2013/9', 'E/RES/2014/27',
    ]);
  });
});

describe('findCitations on English text', () => {
  it('mixes kinds and returns them sorted by start', () => {
    const text =
      'Recalling its resolution 2014/27, paragraph 57, General Assembly resolutions 60/252 and 68/302, and the report of the Secretary-General (A/70/63-E/2015/10 and Corr.1),';
    expect(show(text, findCitations(text, { lang: 'en' }))).toEqual([
      { link: 'resolution 2014/27, paragraph 57', target: 'E/RES/2014/27', para: '57' },
      { link: 'resolutions 60/252', target: 'A/RES/60/252' },
      { link: '68/302', target: 'A/RES/68/302' },
      { link: 'A/70/63-E/2015/10', target: 'A/70/63-E/2015/10' },
      { link: 'Corr.1', target: 'A/70/63/Corr.1-E/2015/10/Corr.1' },
    ]);
  });

  it('finds nothing in text without citations', () => {
    expect(findCitations('Stresses the importance of bridging the digital divide, 24/7,', { lang: 'en' })).toEqual([]);
  });
});

describe('overlap resolution', () => {
  const kind = (name: string, spans: [number, number, string][]): CitationKind => ({
    name,
    find: () => spans.map(([start, end, target]) => ({ start, end, target })),
  });

  it('keeps the longest of overlapping spans', () => {
    const kinds = [kind('short', [[0, 5, 'S']]), kind('long', [[2, 12, 'L']])];
    expect(resolveCitations('x'.repeat(20), { lang: 'en' }, kinds)).toEqual([{ start: 2, end: 12, target: 'L' }]);
  });

  it('on a tie keeps the earlier kind of the registry, whatever the order of the spans', () => {
    const kinds = [kind('first', [[4, 10, 'F']]), kind('second', [[2, 8, 'S'], [12, 14, 'T']])];
    expect(resolveCitations('x'.repeat(20), { lang: 'en' }, kinds)).toEqual([
      { start: 4, end: 10, target: 'F' },
      { start: 12, end: 14, target: 'T' },
    ]);
  });

  it('registers the five kinds in order', () => {
    expect(CITATION_KINDS.map((k) => k.name)).toEqual([
      'ecosoc-resolution', 'ga-resolution', 'ecosoc-decision', 'ga-decision', 'document-symbol',
    ]);
  });
});
