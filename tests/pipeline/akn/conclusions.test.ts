import { describe, expect, it } from 'vitest';
import { readConclusions, recoverClosing } from '../../../src/pipeline/akn/conclusions.ts';
import { parseAkn } from '../../../src/pipeline/akn/parse-akn.ts';
import type { DraftBlock } from '../../../src/pipeline/text/draft.ts';
import { aknFile, newSink } from './helpers.ts';

const read = (conclusions: string) => readConclusions(parseAkn(aknFile({ conclusions }), 'x.xml'), newSink());

describe('readConclusions', () => {
  it('reads the closing lines, the meeting number and the date', () => {
    expect(read('<p><inline name="adoptionMeeting" title="25th">25th plenary meeting</inline><eol/><docDate date="2023-06-07">7 June 2023</docDate></p>')).toEqual({ closing: ['25th plenary meeting', '7 June 2023'], meeting: 25, date: '2023-06-07', line: expect.any(Number) });
  });

  it('reads the 2024 files’ event/location, and meetings in words', () => {
    expect(read('<p><event><location title="37th" refersTo="#adoptionMeeting">37th plenary meeting</location><eol/><docDate date="2024-07-23">23 July 2024</docDate></event></p>')).toMatchObject({ closing: ['37th plenary meeting', '23 July 2024'], meeting: 37 });
    expect(read('<p><inline name="adoptionMeeting" title="">الجلسة العامة الأولى</inline><eol/><docDate date="2020-09-14">14 أيلول/سبتمبر 2020</docDate></p>').meeting).toBe(1);
    expect(read('<p><docDate date="2020-07-21">21 July 2020</docDate></p>')).toMatchObject({ meeting: null, date: '2020-07-21' });
  });
});

describe('recoverClosing', () => {
  const para = (id: string, text: string, num: string | null = null): DraftBlock => ({ kind: 'para', id, num, label: null, text, line: 9, items: [] });
  const conclusions = { closing: ['الجلسة العامة الأولى', '14 أيلول/سبتمبر 2020'], meeting: 1, date: '2020-09-14', line: 1 };

  it('drops a last block that repeats a closing line', () => {
    const warnings: string[] = [];
    const { blocks } = recoverClosing([para('para-22', 'يقرر', '22'), para('text-1', 'الجلسة العامة الأولى')], conclusions, warnings);
    expect(blocks.map((b) => b.id)).toEqual(['para-22']);
    expect(warnings).toHaveLength(1);
  });

  it('moves a meeting line set in the text to the closing lines, with its number', () => {
    const warnings: string[] = [];
    const out = recoverClosing([para('para-1', 'Decide invitar…'), { kind: 'heading', id: 'section-1', text: '43 a reunión plenaria', line: 9 }], { closing: ['25 de julio de 2023'], meeting: null, date: '2023-07-25', line: 1 }, warnings);
    expect(out.blocks.map((b) => b.id)).toEqual(['para-1']);
    expect(out.conclusions).toMatchObject({ closing: ['43 a reunión plenaria', '25 de julio de 2023'], meeting: 43 });
  });

  it('leaves a numbered last paragraph alone', () => {
    const blocks = [para('para-2', '2 plenary meeting', '2')];
    expect(recoverClosing(blocks, conclusions, []).blocks).toBe(blocks);
  });
});
