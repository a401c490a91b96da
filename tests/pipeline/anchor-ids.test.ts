import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorIds, anchorsLost } from '../../src/pipeline/anchor-ids.ts';
import { importText } from '../../src/pipeline/text/import-text.ts';

const seed = importText(readFileSync('content/E-RES-2015-26.zh.txt'), 'content/E-RES-2015-26.zh.txt').resolution;

describe('anchorIds', () => {
  const ids = anchorIds(seed);

  it('lists every anchor of the contract a page has, once each, in reading order', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['preamble-1', 'preamble-2']);
    expect(ids).toContain('section-1');
    expect(ids).toContain('para-48-c');
    expect(ids.at(-1)).toBe(`fn-${seed.footnotes.length}`);
    expect(ids.indexOf('para-48')).toBeLessThan(ids.indexOf('para-48-a'));
    expect(ids.indexOf('preamble-1')).toBeLessThan(ids.indexOf('para-1'));
  });

  it('counts annexes and their paragraphs', () => {
    const withAnnex = { ...seed, annexes: [{ id: 'annex-1', title: 'Annex', body: [{ kind: 'para' as const, id: 'annex-1-para-1', num: '1', text: 'x', notes: [], items: [] }] }] };
    expect(anchorIds(withAnnex).filter((id) => id.startsWith('annex'))).toEqual(['annex-1', 'annex-1-para-1']);
  });
});

describe('anchorsLost', () => {
  it('gives the anchors of the first list the second lacks, in the first one\'s order', () => {
    expect(anchorsLost(['para-1', 'para-2', 'para-3', 'fn-1'], ['para-1', 'para-3', 'para-4'])).toEqual(['para-2', 'fn-1']);
    expect(anchorsLost(['para-1'], ['para-1'])).toEqual([]);
  });
});
