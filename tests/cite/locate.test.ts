import { describe, expect, it } from 'vitest';
import { CitationTargetError, latinLabel, locateParagraph } from '../../src/cite/locate.ts';
import { para, resolution, twoAnnexes } from './fixtures.ts';

describe('locateParagraph', () => {
  const res = resolution();

  it('finds an operative paragraph by its printed number', () => {
    expect(locateParagraph(res, 'para-12')).toEqual({ kind: 'para', annex: null, number: '12', labels: [] });
  });

  it('walks sub-paragraphs and items, keeping the printed label and the id segment', () => {
    expect(locateParagraph(res, 'para-48-c')).toEqual({
      kind: 'para', annex: null, number: '48', labels: [{ printed: 'c', id: 'c' }],
    });
    expect(locateParagraph(res, 'para-12-a-ii')).toEqual({
      kind: 'para', annex: null, number: '12', labels: [{ printed: 'a', id: 'a' }, { printed: 'ii', id: 'ii' }],
    });
    const ar = resolution({ lang: 'ar' }, ['أ', 'ب', 'ج']);
    expect(locateParagraph(ar, 'para-48-c')).toMatchObject({ labels: [{ printed: 'ج', id: 'c' }] });
  });

  it('prefers the printed number to the id, and the id where nothing is printed', () => {
    const printed = resolution({ body: [para('para-5', '5 bis', [para('para-5-b', null)])] });
    expect(locateParagraph(printed, 'para-5-b')).toEqual({
      kind: 'para', annex: null, number: '5 bis', labels: [{ printed: 'b', id: 'b' }],
    });
  });

  it('counts preambular paragraphs by their id', () => {
    expect(locateParagraph(res, 'preamble-3')).toEqual({ kind: 'preamble', annex: null, n: 3, labels: [] });
  });

  it('says which annex, and how many there are', () => {
    expect(locateParagraph(res, 'annex-1-para-3')).toEqual({
      kind: 'para', annex: { n: 1, count: 1 }, number: '3', labels: [],
    });
    expect(locateParagraph(res, 'annex-1-para-3-b')).toMatchObject({ labels: [{ printed: 'b', id: 'b' }] });
    expect(locateParagraph(res, 'annex-1-preamble-2')).toEqual({
      kind: 'preamble', annex: { n: 1, count: 1 }, n: 2, labels: [],
    });
    expect(locateParagraph(twoAnnexes(), 'annex-2-para-3')).toEqual({
      kind: 'para', annex: { n: 2, count: 2 }, number: '3', labels: [],
    });
  });

  it('finds footnotes by id and gives their printed number', () => {
    expect(locateParagraph(res, 'fn-4')).toEqual({ kind: 'footnote', n: 4 });
  });

  it('refuses an id the resolution does not have, naming it', () => {
    for (const id of ['para-99', 'fn-5', 'preamble-4', 'para-48-d', 'annex-2-para-3', 'cited-by', '']) {
      expect(() => locateParagraph(res, id)).toThrow(CitationTargetError);
    }
    expect(() => locateParagraph(res, 'para-99')).toThrow('E/RES/2015/26 has no paragraph or footnote with id "para-99"');
    try {
      locateParagraph(res, 'para-99');
    } catch (e) {
      expect(e).toMatchObject({ reason: 'unknown', id: 'para-99', symbol: 'E/RES/2015/26' });
    }
  });

  it('refuses what exists but has no printed number to cite', () => {
    for (const id of ['section-1', 'text-1']) {
      expect(() => locateParagraph(res, id)).toThrow(`E/RES/2015/26: "${id}" has no printed paragraph number to cite`);
    }
    const odd = resolution({
      body: [para('part-b-para-3', '3'), para('draft-para-2', '2')],
      annexes: [{ id: 'annex-1', title: 'Annex', body: [
        { kind: 'heading', id: 'annex-1-section-1', text: 'I' },
        para('annex-1-section-1-para-1', '1'),
        para('annex-1-text-1', null),
      ] }],
    });
    for (const id of ['part-b-para-3', 'draft-para-2', 'annex-1-section-1', 'annex-1-section-1-para-1', 'annex-1-text-1']) {
      expect(() => locateParagraph(odd, id), id).toThrow(expect.objectContaining({ reason: 'not-citable' }));
    }
  });
});

describe('latinLabel', () => {
  it('keeps a Latin printed label and falls back to the id for other scripts', () => {
    expect(latinLabel({ printed: 'c', id: 'c' })).toBe('c');
    expect(latinLabel({ printed: 'ج', id: 'c' })).toBe('c');
    expect(latinLabel({ printed: '㈡', id: 'ii' })).toBe('ii');
    expect(latinLabel({ printed: 'в', id: 'c' })).toBe('c'); // Cyrillic ve
    expect(latinLabel({ printed: 'bis', id: 'b' })).toBe('bis');
  });
});
