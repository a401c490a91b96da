import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingOrder, resolutionToAkn } from '../../../src/export/akn/to-akn.ts';
import { collectRefs } from '../../../src/pipeline/collect-refs.ts';
import type { Block } from '../../../src/schemas/block.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { all, comparable, heading, model, para, roundTrip, SCHEMA, statementOf, validate } from './helpers.ts';

/** A model whose refs are what the importer finds in its words, as every imported model's are. */
const withRefs = (m: Resolution): Resolution => ({ ...m, refs: collectRefs(m, m.lang) });

/** Models that exercise every part of the export; each must validate and read back the same. */
const CASES: Record<string, Resolution> = {
  'every part': withRefs(
    model({
      preamble: [para('preamble-1', 'Recalling its resolution 2014/27 of 16 July 2014,', { notes: [1] }), para('preamble-2', 'Noting:', { items: [para('preamble-2-a', 'that;', { num: 'a' })] })],
      body: [
        heading('section-1', 'Internet governance'),
        para('para-1', 'Takes note of the report (E/CN.16/2015/2);', { num: '1', notes: [2] }),
        para('para-2', 'Requests:', { num: '2', notes: [1], items: [para('para-2-a', 'first, in line with paragraph 57 of resolution 2014/27;', { num: 'a' }), para('para-2-b', 'second:', { num: 'b', items: [para('para-2-b-i', 'inner;', { num: 'i' })] })] }),
        para('para-3', 'Recommends the following draft resolution:', { num: '3' }),
        para('draft-formula', 'The General Assembly,'),
        para('draft-preamble-1', 'Recalling,'),
        para('draft-para-1', 'Decides;', { num: '1' }),
      ],
      annexes: [{ id: 'annex-1', title: 'Annex', body: [para('annex-1-para-1', 'Text.', { num: '1', notes: [3] })] }],
      footnotes: [
        { id: 'fn-1', n: 1, text: 'See resolution 2014/27.' },
        { id: 'fn-2', n: 2, text: 'E/CN.16/2015/2.' },
        { id: 'fn-3', n: 3, text: 'A note in the annex.' },
      ],
    }),
  ),
  'text with &, <, >, quotes and ]]>': model({
    title: 'A & B < C > "D" \'E\' ]]>',
    agendaItem: '18 "b" & <c>',
    preamble: [para('preamble-1', 'Recalling <b>nothing</b> & "all" ]]> \'quoted\',')],
    body: [para('para-1', 'Text & <![CDATA[ x ]]> &amp; 𠀀 😀 end;', { num: '1', notes: [1] })],
    footnotes: [{ id: 'fn-1', n: 1, text: 'A & B <note> "q" ]]>' }],
  }),
  'six languages and scripts': model({ lang: 'ar', title: 'عنوان القرار', body: [para('para-1', 'يقرر ما يلي:', { num: '1', items: [para('para-1-a', 'أولا؛', { num: 'أ' }), para('para-1-b', 'ثانيا.', { num: 'ب' })] })] }),
  'notes on a heading and at the end': model({
    body: [para('para-1', 'One;', { num: '1', notes: [1] }), heading('section-1', 'Heading'), para('para-2', 'Two;', { num: '2', notes: [3] })],
    footnotes: [{ id: 'fn-1', n: 1, text: 'a' }, { id: 'fn-2', n: 2, text: 'on the heading' }, { id: 'fn-3', n: 3, text: 'c' }, { id: 'fn-4', n: 4, text: 'on the closing lines' }],
  }),
  'a note and a title that readers would trim': model({ title: '— a dash', body: [para('para-1', 'One;', { num: '1', notes: [1] })], footnotes: [{ id: 'fn-1', n: 1, text: '(2015) was a year.' }] }),
  'no meeting, date, agenda item or operative part': model({ adopted: null, meeting: null, agendaItem: null, body: [] }),
  'a part of a resolution adopted in parts': model({ symbol: 'E/RES/2021/2 B', number: '2021/2 B' }),
  'an annex without title or paragraphs': model({ annexes: [{ id: 'annex-1', title: '', body: [] }] }),
};

describe('resolutionToAkn', () => {
  it.each(Object.entries(CASES))('reads back to the same model, but for warnings: %s', (_name, m) => {
    expect(comparable(roundTrip(m))).toEqual(comparable(m));
  });

  it.skipIf(!existsSync(SCHEMA))('writes documents valid against the OASIS Akoma Ntoso 3.0 schema (also a GA resolution), in one xmllint run', () => {
    const documents = new Map(Object.entries({ ...CASES, 'a General Assembly resolution': model({ symbol: 'A/RES/70/1', organ: 'GA', number: '70/1' }) }).map(([name, m]) => [name, resolutionToAkn(m)]));
    const errors = [...validate(documents)].filter(([, e]) => e.length > 0);
    expect(errors).toEqual([]);
  });

  it.skipIf(!existsSync(SCHEMA))('is checked by a validation that does fail an invalid document, naming it', () => {
    const verdicts = validate(new Map([['valid', resolutionToAkn(model())], ['invalid', resolutionToAkn(model()).replace('<mainBody>', '<mainBody><bogus/>')]]));
    expect(verdicts.get('valid')).toEqual([]);
    expect(verdicts.get('invalid')?.join('\n')).toMatch(/bogus.*not expected|fails to validate/);
  });

  it('gives every paragraph, heading, annex and footnote its contract id as eId, and no eId twice', () => {
    const m = CASES['every part'] as Resolution;
    const statement = statementOf(m);
    const eIds = all(statement, '*').map((e) => e.getAttribute('eId')).filter((id): id is string => Boolean(id));
    const ids = (list: Block[]): string[] => list.flatMap((b) => (b.kind === 'para' ? [b.id, ...ids(b.items)] : [b.id]));
    expect(eIds).toEqual(expect.arrayContaining([...ids(m.preamble), ...ids(m.body), ...m.annexes.flatMap((a) => [a.id, ...ids(a.body)]), ...m.footnotes.map((f) => f.id)]));
    expect(new Set(eIds).size).toBe(eIds.length);
  });

  it('strips what XML 1.0 cannot carry (here a bell and U+FFFF), turns a form feed into a space: only those characters differ', () => {
    const m = model({ body: [para('para-1', 'Bell\u0007 and \uFFFF here,\u000Cthen;', { num: '1' })] });
    const back = roundTrip(m);
    expect(back.body).toEqual([para('para-1', 'Bell and here, then;', { num: '1' })]);
  });

  it('sets a note whose neighbours stand in consecutive paragraphs at the end, the one case where the notes’ order changes', () => {
    const m = model({ body: [para('para-1', 'One;', { num: '1', notes: [1] }), para('para-2', 'Two;', { num: '2', notes: [3] })], footnotes: [{ id: 'fn-1', n: 1, text: 'a' }, { id: 'fn-2', n: 2, text: 'b' }, { id: 'fn-3', n: 3, text: 'c' }] });
    expect(roundTrip(m).footnotes.map((f) => f.n)).toEqual([1, 3, 2]);
  });

  it('lists the places for notes in the order the importer reads them', () => {
    const m = CASES['every part'] as Resolution;
    expect(readingOrder(m).map((s) => `${s.kind === 'slot' ? '~' : ''}${s.key}`)).toEqual(['~title', '~formula', 'preamble-1', 'preamble-2', 'preamble-2-a', '~section-1', 'para-1', 'para-2', 'para-2-a', 'para-2-b', 'para-2-b-i', 'para-3', '~draft-formula', 'draft-preamble-1', 'draft-para-1', '~annex-1-title', 'annex-1-para-1', '~conclusions']);
  });

  it('starts with the XML declaration and the Akoma Ntoso namespace', () => {
    expect(resolutionToAkn(model())).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs\.oasis-open\.org\/legaldocml\/ns\/akn\/3\.0">\n {2}<statement name="resolution">/);
  });

  describe('what cannot come back, said here so that a change shows', () => {
    it('a draft resolution after a heading in the middle of the operative part: an empty paragraph holds it, read back as one more', () => {
      const m = model({ body: [para('para-1', 'One;', { num: '1' }), heading('section-1', 'Draft'), para('draft-formula', 'The General Assembly,'), para('draft-para-1', 'Decides;', { num: '1' }), heading('section-2', 'More'), para('para-2', 'Two;', { num: '2' })] });
      expect(roundTrip(m).body.map((b) => b.id)).toEqual(['para-1', 'section-1', 'text-1', 'draft-formula', 'draft-para-1', 'section-2', 'para-2']);
    });

    it('two drafts right after one paragraph: the second stands in an empty paragraph of its own, read back as one more', () => {
      const m = model({ body: [para('para-1', 'Recommends:', { num: '1' }), para('draft-formula', 'The General Assembly,'), para('draft-para-1', 'Decides;', { num: '1' }), para('draft-2-formula', 'The General Assembly,'), para('draft-2-para-1', 'Decides;', { num: '1' })] });
      expect(roundTrip(m).body.map((b) => b.id)).toEqual(['para-1', 'draft-formula', 'draft-para-1', 'text-1', 'draft-2-formula', 'draft-2-para-1']);
    });

    it('a mark of a note the model lacks: an empty note is written for it, read back as a footnote without text', () => {
      expect(roundTrip(model({ body: [para('para-1', 'One;', { num: '1', notes: [5] })] })).footnotes).toEqual([{ id: 'fn-5', n: 5, text: '' }]);
    });

    it('a General Assembly resolution: valid XML, but the AKN importer reads only ECOSOC numbers ("2023/3")', () => {
      expect(() => roundTrip(model({ symbol: 'A/RES/70/1', organ: 'GA', number: '70/1' }))).toThrow(/no resolution number/);
    });
  });
});
