import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../../src/pipeline/akn/body.ts';
import { childElements } from '../../../src/pipeline/akn/dom.ts';
import type { DraftBlock, DraftPara } from '../../../src/pipeline/text/draft.ts';
import { newScope, xml } from './helpers.ts';

const read = (mainBody: string, preamble?: DraftPara[]) => readBlocks(childElements(xml(`<mainBody>${mainBody}</mainBody>`)), newScope(), { preamble });
const ids = (blocks: DraftBlock[]): string[] => blocks.flatMap((b) => (b.kind === 'para' ? [b.id, ...ids(b.items)] : [b.id]));
const para = (num: string, text: string, eId = 'para_99'): string => `<paragraph eId="${eId}"><num>${num}</num><content><p>${text}</p></content></paragraph>`;
const plain = (text: string, cls = 'SingleTxt'): string => `<paragraph class="${cls}"><content><p>${text}</p></content></paragraph>`;

describe('readBlocks', () => {
  it('ids operative paragraphs by their printed number, never by the file’s eId counters', () => {
    const { blocks } = read(`${para('1.', 'Welcomes;', 'para_13')}${para('2 -', 'Notes;', 'para_16')}${para('١٢ -', 'Decides.', 'para_19')}`);
    expect(blocks.map((b) => [b.id, b.kind === 'para' ? b.num : null, b.kind === 'para' ? b.label : null])).toEqual([
      ['para-1', '1', '1.'],
      ['para-2', '2', '2 -'],
      ['para-12', '12', '١٢ -'],
    ]);
  });

  it('reads headings: a subheading, a numbered H23 paragraph, a short unstyled paragraph', () => {
    const { blocks } = read(`<paragraph class="H23"><subheading>Taking stock</subheading></paragraph><paragraph class="H23"><num>I.</num><content><p><span class="bold">Midterm review</span></p></content></paragraph>${plain('因特网治理', 'MercuryDocument')}${para('1.', 'x;')}`);
    expect(blocks.map((b) => [b.id, b.text])).toEqual([
      ['section-1', 'Taking stock'],
      ['section-2', 'I. Midterm review'],
      ['section-3', '因特网治理'],
      ['para-1', 'x;'],
    ]);
  });

  it('nests sub-paragraphs set as paragraphs of their own under the paragraph before them', () => {
    const { blocks } = read(`${para('2.', 'Other items')}${para('(a)', 'Contributions of members;')}${para('(b)', 'Contributions of partners')}${para('(i)', 'of the Partnership;')}${para('(ii)', 'of regional bodies;')}${para('(c)', 'Interlinkages;')}${para('3.', 'Trust fund')}`);
    expect(ids(blocks)).toEqual(['para-2', 'para-2-a', 'para-2-b', 'para-2-b-i', 'para-2-b-ii', 'para-2-c', 'para-3']);
  });

  it('reads one unnumbered operative paragraph as para-1 with no number', () => {
    const { blocks, warnings } = read(plain('<span class="italic">Decides</span> to invite States to consider the Guidance.'));
    expect(blocks).toEqual([{ kind: 'para', id: 'para-1', num: null, label: null, text: 'Decides to invite States to consider the Guidance.', line: 1, items: [] }]);
    expect(warnings).toEqual([]);
  });

  it('takes numbers printed in the text, and the words of an empty numbered paragraph from the next one', () => {
    const { blocks } = read(`${para('13 -', 'يطلب؛')}${plain('\t14-\tيشجع؛')}${para('15.', '')}${plain('<span class="bold">敦促</span>会员国；')}`);
    expect(blocks.map((b) => [b.id, b.text])).toEqual([
      ['para-13', 'يطلب؛'],
      ['para-14', 'يشجع؛'],
      ['para-15', '敦促会员国；'],
    ]);
  });

  it('takes a number printed in the text when it continues the numbering or starts it again; a bare one only when it continues', () => {
    const { blocks } = read(`${para('6.', 'x;')}${plain('7 Pone de relieve;')}${plain('9 Decides;')}${plain('1 - تقييم؛')}`);
    expect(blocks.map((b) => b.id)).toEqual(['para-6', 'para-7', 'text-1', 'para-1']);
    expect(blocks.map((b) => b.kind === 'para' && b.num)).toEqual(['6', '7', null, '1']);
  });

  it('sends a preambular paragraph the file set before the first numbered one to the preamble', () => {
    const preamble: DraftPara[] = [];
    const { blocks, warnings } = read(`${plain('<span>وقد نظر</span> في تقرير الأمين العام،')}${para('1 -', 'يرحب؛')}`, preamble);
    expect(preamble.map((p) => [p.id, p.text])).toEqual([['preamble-1', 'وقد نظر في تقرير الأمين العام،']]);
    expect(ids(blocks)).toEqual(['para-1']);
    expect(warnings).toEqual(['line 1: a preambular paragraph set in the operative part, read into the preamble']);
  });

  /**
   * Parts: ECOSOC resolutions adopted in parts A, B, C inside one file (2021/13 as `<part>`, 2023/5
   * as `<section>`) number their paragraphs from 1 in each part, each with its own preamble
   * (`crossHeading refersTo="#preamble"`). Their ids are prefixed by the part's POSITION,
   * `part-a-`, `part-b-`, since the printed letter differs by language (B, باء) and even errs
   * (2023/5 prints part C as "B"): `part-b-para-1`, `part-b-preamble-2`, `part-b-section-1`.
   */
  it('prefixes the ids of each part by its position, so that parts numbered from 1 never collide', () => {
    const part = (letter: string): string => `<part><subheading>${letter}</subheading><subheading>Work of the Committee</subheading><crossHeading refersTo="#preamble"><span>Recognizing</span> the work,</crossHeading>${para('1.', 'Expresses;')}${para('2.', 'Invites.')}</part>`;
    const { blocks } = read(`${part('ألف')}${part('باء')}`);
    expect(ids(blocks)).toEqual(['part-a', 'part-a-section-1', 'part-a-preamble-1', 'part-a-para-1', 'part-a-para-2', 'part-b', 'part-b-section-1', 'part-b-preamble-1', 'part-b-para-1', 'part-b-para-2']);
    expect(blocks[5]).toMatchObject({ kind: 'heading', text: 'باء' });
  });

  it('reads a table row by row, with ids of their own', () => {
    const { blocks } = read('<container><table><tr><td><p>Priorities</p></td></tr><tr><td/></tr><tr><td><p>1. Thematic</p></td><td><p>2022</p></td></tr></table></container>');
    expect(blocks.map((b) => [b.id, b.text])).toEqual([
      ['table-1-row-1', 'Priorities'],
      ['table-1-row-2', '1. Thematic | 2022'],
    ]);
  });
});
