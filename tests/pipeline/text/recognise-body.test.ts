import { describe, expect, it } from 'vitest';
import { en } from '../../../src/pipeline/conventions/en.ts';
import { isStandaloneLine } from '../../../src/pipeline/conventions/standalone.ts';
import { zh } from '../../../src/pipeline/conventions/zh.ts';
import { CONVENTIONS } from '../../../src/pipeline/conventions/index.ts';
import type { DraftBlock, DraftPara } from '../../../src/pipeline/text/draft.ts';
import { joinWrappedLines, type TextBlock } from '../../../src/pipeline/text/join-wrapped-lines.ts';
import { liftFootnotes } from '../../../src/pipeline/text/lift-footnotes.ts';
import { recogniseBody } from '../../../src/pipeline/text/recognise-body.ts';
import { recogniseFrontMatter } from '../../../src/pipeline/text/recognise-front-matter.ts';
import { stripPageFurniture } from '../../../src/pipeline/text/strip-page-furniture.ts';
import { seedText, showMarks, sourceLines, withMarks } from './helpers.ts';

/** Blocks of one source line each, on lines 1, 3, 5… ("[^n]" written as a footnote placeholder). */
const blocks = (...texts: string[]): TextBlock[] => texts.map((text, i) => ({ text: withMarks(text), lines: [{ n: 2 * i + 1, text: withMarks(text) }] }));

/** The tree of ids: "id" for a leaf, [id, children] for a paragraph with items. */
type Tree = string | [string, Tree[]];
const tree = (b: DraftBlock): Tree => (b.kind === 'para' && b.items.length > 0 ? [b.id, b.items.map(tree)] : b.id);

/** Every id in reading order. */
const ids = (list: DraftBlock[]): string[] => list.flatMap((b) => [b.id, ...(b.kind === 'para' ? ids(b.items) : [])]);

const seedBlocks = joinWrappedLines(liftFootnotes(stripPageFurniture(sourceLines(seedText), zh).lines).lines, { standalone: (l) => isStandaloneLine(zh, l), leadWord: zh.leadWord });
const seed = recogniseBody(seedBlocks.slice(recogniseFrontMatter(seedBlocks, zh).next), zh);

describe('recogniseBody on the seed', () => {
  it('reads 8 preambular paragraphs, numbered by position, with no number and the line they start on', () => {
    expect(seed.preamble.map((p) => [p.id, p.num, p.line])).toEqual([
      ['preamble-1', null, 22],
      ['preamble-2', null, 26],
      ['preamble-3', null, 30],
      ['preamble-4', null, 34],
      ['preamble-5', null, 38],
      ['preamble-6', null, 42],
      ['preamble-7', null, 48],
      ['preamble-8', null, 61],
    ]);
  });

  it('keeps footnote marks in the text as placeholders for the assembly', () => {
    expect(showMarks(seed.preamble[0]?.text ?? '')).toBe('回顾信息社会世界首脑会议的成果文件，[^1]');
  });

  it('reads the operative part: 5 headings and 63 paragraphs, in printed order', () => {
    const headings = seed.body.filter((b) => b.kind === 'heading');
    expect(headings.map((h) => [h.id, h.text, h.line])).toEqual([
      ['section-1', '评估：审查信息社会世界首脑会议成果的执行情况', 65],
      ['section-2', '因特网治理', 233],
      ['section-3', '加强合作', 245],
      ['section-4', '因特网治理论坛', 318],
      ['section-5', '前进的道路', 357],
    ]);
    const paras = seed.body.filter((b): b is DraftPara => b.kind === 'para');
    expect(paras.map((p) => p.id)).toEqual(Array.from({ length: 63 }, (_, i) => `para-${i + 1}`));
    expect(paras.map((p) => p.num)).toEqual(Array.from({ length: 63 }, (_, i) => `${i + 1}`));
  });

  it('gives a paragraph its words without the number, and keeps the label as printed', () => {
    const para = seed.body.find((b) => b.id === 'para-22') as DraftPara;
    expect([para.label, showMarks(para.text), para.line]).toEqual(['22.', '又重申《信息社会突尼斯议程》第 34 至 37 段和第 67 至 72 段；[^4]', 241]);
  });

  it('reads the sub-paragraphs (a)–(e) of paragraph 48 as para-48-a … para-48-e', () => {
    const para = seed.body.find((b) => b.id === 'para-48') as DraftPara;
    expect(para.items.map((p) => [p.id, p.num, p.label, p.line])).toEqual([
      ['para-48-a', 'a', '(a)', 435],
      ['para-48-b', 'b', '(b)', 437],
      ['para-48-c', 'c', '(c)', 441],
      ['para-48-d', 'd', '(d)', 447],
      ['para-48-e', 'e', '(e)', 451],
    ]);
    expect(para.items[0]?.text).toBe('赞赏地注意到衡量信息和通信技术促进发展伙伴关系的工作；');
    expect(para.text).toBe('促请联合国各组织及其他有关组织和论坛根据世界首脑会议成果的规定，定期审查和修改制订信息和通信技术指标的方法，同时考虑到不同的发展水平和国情，并因此:');
  });

  it('reads the closing lines as printed, and has nothing to warn about', () => {
    expect(seed.closing).toEqual(['2015 年 7月 22 日', '第 54 次全体会议']);
    expect(seed.warnings).toEqual([]);
    expect(seed.annexes).toEqual([]);
  });
});

describe('recogniseBody: sub-paragraph ids count position, not the printed label', () => {
  it('gives a label (d) printed where (c) is expected the id -c, and warns with the line', () => {
    const body = recogniseBody(blocks('1. Decides:', '(a) one;', '(b) two;', '(d) three;'), en);
    expect(body.body.map(tree)).toEqual([['para-1', ['para-1-a', 'para-1-b', 'para-1-c']]]);
    expect((body.body[0] as DraftPara).items[2]?.num).toBe('d');
    expect(body.warnings).toEqual(['line 7: label (d) stands where (c) was expected; its id is para-1-c']);
  });

  it('reads "(c)" after "(b)" as the letter c, not the roman numeral 100', () => {
    const body = recogniseBody(blocks('1. Decides:', '(a) one;', '(b) two;', '(c) three;'), en);
    expect(body.body.map(tree)).toEqual([['para-1', ['para-1-a', 'para-1-b', 'para-1-c']]]);
    expect(body.warnings).toEqual([]);
  });

  it('reads "(i)" after "(h)" as the ninth letter', () => {
    const letters = 'abcdefghij'.split('').map((l) => `(${l}) item ${l};`);
    const body = recogniseBody(blocks('1. Decides:', ...letters), en);
    expect(body.body.map(tree)).toEqual([['para-1', 'abcdefghij'.split('').map((l) => `para-1-${l}`)]]);
    expect(body.warnings).toEqual([]);
  });

  it('reads "(i)" under "(a)" as an item, para-1-a-i, and goes back to letters with "(b)"', () => {
    const body = recogniseBody(blocks('1. Recommends:', '(a) Share good practices in:', '(i) Broadband plans;', '(ii) Access points;', '(b) Collect data;'), en);
    expect(body.body.map(tree)).toEqual([['para-1', [['para-1-a', ['para-1-a-i', 'para-1-a-ii']], 'para-1-b']]]);
    expect(body.warnings).toEqual([]);
  });

  it('reads "(v)" as the fifth item under (a), and as the letter v after (u)', () => {
    const items = recogniseBody(blocks('1. Decides:', '(a) x:', '(i) x;', '(ii) x;', '(iii) x;', '(iv) x;', '(v) x;'), en);
    expect(items.body.map(tree)).toEqual([['para-1', [['para-1-a', ['para-1-a-i', 'para-1-a-ii', 'para-1-a-iii', 'para-1-a-iv', 'para-1-a-v']]]]]);
    const letters = 'abcdefghijklmnopqrstuv'.split('').map((l) => `(${l}) x;`);
    const subs = recogniseBody(blocks('1. Decides:', ...letters), en);
    expect((subs.body[0] as DraftPara).items.map((p) => p.id).at(-1)).toBe('para-1-v');
    expect(subs.warnings).toEqual([]);
  });

  it('reads the Chinese items ㈠ and (二) under a sub-paragraph as -i and -ii', () => {
    const body = recogniseBody(blocks('1. 决定：', '(a) 分享良好做法：', '㈠ 国家宽带计划；', '(二) 社区接入点；', '(b) 收集数据；'), zh);
    expect(body.body.map(tree)).toEqual([['para-1', [['para-1-a', ['para-1-a-i', 'para-1-a-ii']], 'para-1-b']]]);
  });

  // IMPORTER BUG (reported): after one misprinted letter, the expected letter lags one behind the
  // printed ones, so "(i)" after "(h)" is no longer the next letter and becomes an item of (h).
  it('keeps reading letters after a skipped one: "(i)" after "(h)" stays a sub-paragraph', () => {
    const body = recogniseBody(blocks('1. Decides:', '(a) x;', '(b) x;', '(d) x;', '(e) x;', '(f) x;', '(g) x;', '(h) x;', '(i) x;', '(j) x;'), en);
    expect(body.body.map(tree)).toEqual([['para-1', 'abcdefghi'.split('').map((l) => `para-1-${l}`)]]);
  });

  // IMPORTER BUG (reported): roman sub-paragraphs straight under a paragraph: "(i)" becomes
  // para-1-a (with a warning) and "(ii)" is nested under it as para-1-a-i.
  it('reads roman sub-paragraphs printed straight under a paragraph as its sub-paragraphs, not as items of one another', () => {
    const body = recogniseBody(blocks('1. Decides:', '(i) x;', '(ii) y;'), en);
    expect(body.body.map(tree)).toEqual([['para-1', ['para-1-a', 'para-1-b']]]);
  });
});

describe('recogniseBody: the structure of the text', () => {
  it('reads unnumbered paragraphs before the first number as the preamble, and everything after as operative', () => {
    const body = recogniseBody(blocks('回顾其决议，', '又回顾大会决议，', '1. 注意到报告；', '2. 请秘书长提交报告。'), zh);
    expect(body.preamble.map((p) => p.id)).toEqual(['preamble-1', 'preamble-2']);
    expect(body.body.map((p) => p.id)).toEqual(['para-1', 'para-2']);
  });

  it('numbers headings section-1, section-2… in the operative part', () => {
    const body = recogniseBody(blocks('回顾其决议，', '因特网治理', '1. 重申；', '加强合作', '2. 确认；'), zh);
    expect(body.body.map((b) => `${b.kind}:${b.id}`)).toEqual(['heading:section-1', 'para:para-1', 'heading:section-2', 'para:para-2']);
  });

  it('joins unnumbered text inside the operative part to the paragraph before it, with a warning naming both', () => {
    const body = recogniseBody(blocks('1. Decides:', '(a) to act;', 'and to report thereon;', '2. Requests;'), en);
    expect((body.body[0] as DraftPara).items[0]?.text).toBe('to act; and to report thereon;');
    expect(body.warnings).toEqual(['line 5: unnumbered text inside the operative part, joined to para-1-a']);
  });

  it('reads the closing date and plenary meeting, and warns about text after them', () => {
    const body = recogniseBody(blocks('1. Decides;', '54th plenary meeting', '22 July 2015', 'Stray text;'), en);
    expect(body.closing).toEqual(['54th plenary meeting', '22 July 2015']);
    expect(body.warnings).toContain('line 7: text after the closing lines, read as part of the resolution');
  });

  it('reads an annex after the closing lines, its paragraphs with ids prefixed annex-1-', () => {
    const body = recogniseBody(blocks('1. Decides;', '54th plenary meeting', '22 July 2015', 'Annex', 'Principles of cooperation', '1. Cooperation shall be voluntary;', '2. It shall be reviewed.'), en);
    expect(body.annexes.map((a) => [a.id, a.title, ids(a.body)])).toEqual([['annex-1', 'Principles of cooperation', ['annex-1-para-1', 'annex-1-para-2']]]);
    expect(body.warnings).toEqual([]);
  });

  // IMPORTER BUG (reported): any short block naming a plenary meeting is taken for the closing
  // line: the preambular paragraph disappears from the text and every later block is warned about.
  it('keeps a short preambular paragraph that mentions a plenary meeting in the preamble', () => {
    const body = recogniseBody(blocks('又回顾其第 45 次全体会议的决定，', '1. 注意到报告；', '2015 年 7月 22 日', '第 54 次全体会议'), zh);
    expect(body.preamble.map((p) => p.text)).toEqual(['又回顾其第 45 次全体会议的决定，']);
    expect(body.closing).toEqual(['2015 年 7月 22 日', '第 54 次全体会议']);
    expect(body.warnings).toEqual([]);
  });

  // IMPORTER BUG (reported): unnumbered text after a heading gets the id of the next number,
  // which the next numbered paragraph then gets too: two blocks with the id para-2.
  it('never gives two blocks the same id', () => {
    const body = recogniseBody(blocks('1. 注意到报告；', '加强合作', '强调必须加强合作；', '2. 又注意到报告；'), zh);
    const all = ids(body.body);
    expect(new Set(all).size).toBe(all.length);
  });

  // IMPORTER BUG (reported): a number out of sequence is never read as a paragraph, so every
  // paragraph after a skipped number is joined to the last one read.
  it('reads paragraphs after a skipped number as paragraphs, by their printed number, with a warning', () => {
    const body = recogniseBody(blocks('1. Takes note of the report;', '2. Recommends that the entities continue their efforts;', '4. Decides to continue its consideration of the question;', '5. Requests the Secretary-General to report.'), en);
    expect(body.body.map((b) => b.id)).toEqual(['para-1', 'para-2', 'para-4', 'para-5']);
    expect(body.warnings.some((w) => w.startsWith('line 5:'))).toBe(true);
  });
});

describe('recogniseBody on the structures of the UN\'s Akoma Ntoso files, in six languages (issue 3)', () => {
  it('reads a resolution in parts A, B…: each part\'s heading, preamble and paragraphs prefixed part-a-, numbering from 1 (2021/13)', () => {
    const body = recogniseBody(
      blocks(
        'Recalling its resolutions 1999/65 and 2019/7,',
        'A',
        'Work of the Committee regarding the transport of dangerous goods',
        'Recognizing the importance of the work of the Committee,',
        '1. Expresses its appreciation;',
        '2. Requests the Secretary-General:',
        '(a) To circulate the recommendations;',
        'B',
        'Work of the Committee regarding the Globally Harmonized System',
        'Bearing in mind the Plan of Implementation,',
        '1. Commends the Secretary-General;',
      ),
      en,
    );
    expect(ids(body.preamble)).toEqual(['preamble-1']);
    expect(body.body.map(tree)).toEqual(['part-a', 'part-a-section-1', 'part-a-preamble-1', 'part-a-para-1', ['part-a-para-2', ['part-a-para-2-a']], 'part-b', 'part-b-section-1', 'part-b-preamble-1', 'part-b-para-1']);
    expect(body.warnings).toEqual([]);
  });

  it('reads the Arabic letters of the parts (ألف, باء)', () => {
    const body = recogniseBody(blocks('إذ يشير إلى قراريه،', 'ألف', '1 - يعرب عن تقديره؛', 'باء', '1 - يثني على الأمين العام.'), CONVENTIONS.ar);
    expect(ids(body.body)).toEqual(['part-a', 'part-a-para-1', 'part-b', 'part-b-para-1']);
  });

  it('gives a preambular paragraph that ends with a colon the items after it (2023/5, "Noting with satisfaction:")', () => {
    const body = recogniseBody(blocks('Noting with satisfaction:', '(a) That the Commission has worked;', '(b) That many Member States have acted,', 'Aware that implementation will require cooperation,', '1. Commends the Secretary-General;'), en);
    expect(body.preamble.map(tree)).toEqual([['preamble-1', ['preamble-1-a', 'preamble-1-b']], 'preamble-2']);
    expect(body.warnings).toEqual([]);
  });

  it('reads a last unnumbered paragraph with no lead word, its items after it, as the one operative paragraph (2023/4)', () => {
    const body = recogniseBody(blocks('Noting also various initiatives,', 'Recommends the following for consideration:', '(a) Governments are encouraged to consider:', '(i) To link science and strategies;', '(b) The Commission is encouraged to act.', '25th plenary meeting'), en);
    expect(ids(body.preamble)).toEqual(['preamble-1']);
    expect(body.body.map(tree)).toEqual([['para-1', [['para-1-a', ['para-1-a-i']], 'para-1-b']]]);
    expect(body.body[0]).toMatchObject({ num: null });
  });

  it('keeps a preambular paragraph that ends with a full stop by mistake in the preamble, where it opens with a lead word', () => {
    const body = recogniseBody(blocks('Recalling its resolution 2023/4,', 'Welcoming the work of the Commission on its two priority themes.', 'Recalling the framework for reviews,', '1. Recommends the following;'), en);
    expect(ids(body.preamble)).toEqual(['preamble-1', 'preamble-2', 'preamble-3']);
    expect(ids(body.body)).toEqual(['para-1']);
  });

  it('reads Russian paragraphs, which open in lower case, as paragraphs of their own (2023/18)', () => {
    const body = recogniseBody(blocks('отмечая, что предложение не имеет финансовых последствий,', 'постановляет предложить государствам — членам Организации Объединенных Наций применять Руководство.'), CONVENTIONS.ru);
    expect(ids(body.preamble)).toEqual(['preamble-1']);
    expect(ids(body.body)).toEqual(['para-1']);
    expect(body.warnings).toEqual([]);
  });

  it('takes the Arabic fifth letter printed "(ه)" for "(هـ)" with no warning', () => {
    const body = recogniseBody(blocks('1 - يهيب بمنظومة الأمم المتحدة:', '(أ) كفالة؛', '(ب) دعم؛', '(ج) التنفيذ؛', '(د) كفالة؛', '(ه) زيادة الاستثمارات؛', '(و) تعزيز المعايير.'), CONVENTIONS.ar);
    expect(ids(body.body)).toEqual(['para-1', 'para-1-a', 'para-1-b', 'para-1-c', 'para-1-d', 'para-1-e', 'para-1-f']);
    expect(body.warnings).toEqual([]);
  });

  it('reads a long heading of three lines as a heading (the title of an annexed decision)', () => {
    const heading = 'Implementation of the rapid response mechanism for the protection of environmental defenders under the Convention on Access to Information, Public Participation in Decision-making and Access to Justice in Environmental Matters (Aarhus Convention)';
    const body = recogniseBody(blocks('1. Decides;', 'Annex', 'Decision J (70)', heading, 'The Economic Commission for Europe,', '1. Acknowledging the role of the Convention;'), en);
    expect(body.annexes.map((a) => [a.title, ids(a.body)])).toEqual([['Decision J (70)', ['annex-1-section-1', 'annex-1-preamble-1', 'annex-1-para-1']]]);
  });
});
