import { describe, expect, it } from 'vitest';
import { alignVersions, versionParts, type AlignedRow, type VersionModel } from '../../src/utils/align-versions.ts';
import type { Para } from '../../src/schemas/para.ts';

const para = (id: string, num: string | null, text: string, items: Para[] = [], notes: number[] = []): Para => ({ kind: 'para', id, num, text, notes, items });

/** "id:left|right", each side the cell's text or "-" for an empty cell. */
const show = (rows: AlignedRow[]) => rows.map((row) => `${row.id}:${row.left?.text ?? '-'}|${row.right?.text ?? '-'}`);

const english: VersionModel = {
  preamble: [para('preamble-1', null, 'Recalling')],
  body: [
    { kind: 'heading', id: 'section-1', text: 'Statistics' },
    para('para-1', '1', 'Encourages', [para('para-1-a', 'a', 'To publish'), para('para-1-b', 'b', 'To harmonize'), para('para-1-c', 'c', 'To train')], [1]),
    para('para-2', '2', 'Decides'),
  ],
  annexes: [{ id: 'annex-1', title: 'Guidelines', body: [para('annex-1-para-1', '1', 'Scope')] }],
  footnotes: [{ id: 'fn-1', n: 1, text: 'E/2016/1.' }],
};

const chinese: VersionModel = {
  preamble: [para('preamble-1', null, '回顾')],
  body: [
    { kind: 'heading', id: 'section-1', text: '统计' },
    para('para-1', '1', '鼓励', [para('para-1-a', 'a', '公布'), para('para-1-b', 'b', '统一')], [1]),
    para('para-2', '2', '决定'),
  ],
  annexes: [{ id: 'annex-1', title: '准则', body: [para('annex-1-para-1', '1', '范围')] }],
  footnotes: [{ id: 'fn-1', n: 1, text: 'E/2016/1。' }],
};

describe('versionParts', () => {
  it('lists preamble, headings, paragraphs with their sub-paragraphs, annexes and footnotes in document order', () => {
    const parts = versionParts(english);
    expect(parts.map((p) => `${p.id}/${p.kind}/${p.depth}/${p.num ?? ''}`)).toEqual([
      'preamble-1/para/0/',
      'section-1/heading/0/',
      'para-1/para/0/1',
      'para-1-a/para/1/a',
      'para-1-b/para/1/b',
      'para-1-c/para/1/c',
      'para-2/para/0/2',
      'annex-1/annex/0/',
      'annex-1-para-1/para/0/1',
      'fn-1/footnote/0/1',
    ]);
    expect(parts.find((p) => p.id === 'para-1')?.notes).toEqual([1]);
    expect(parts.find((p) => p.id === 'annex-1')?.text).toBe('Guidelines');
  });
});

describe('alignVersions', () => {
  it('puts the same id in the same row, and a part one version lacks in a row with an empty cell, where it stands', () => {
    expect(show(alignVersions(versionParts(chinese), versionParts(english)))).toEqual([
      'preamble-1:回顾|Recalling',
      'section-1:统计|Statistics',
      'para-1:鼓励|Encourages',
      'para-1-a:公布|To publish',
      'para-1-b:统一|To harmonize',
      'para-1-c:-|To train',
      'para-2:决定|Decides',
      'annex-1:准则|Guidelines',
      'annex-1-para-1:范围|Scope',
      'fn-1:E/2016/1。|E/2016/1.',
    ]);
  });

  it('keeps a part only the left version has where it stands', () => {
    const rows = alignVersions(versionParts(english), versionParts(chinese));
    expect(show(rows).slice(3, 7)).toEqual(['para-1-a:To publish|公布', 'para-1-b:To harmonize|统一', 'para-1-c:To train|-', 'para-2:Decides|决定']);
    expect(rows.find((row) => row.id === 'para-1-c')).toMatchObject({ kind: 'para', depth: 1 });
  });

  it('places right-only parts before the first shared one, and a run of them in its order', () => {
    const left = versionParts({ preamble: [], body: [para('para-2', '2', 'L2')], annexes: [], footnotes: [] });
    const right = versionParts({ preamble: [para('preamble-1', null, 'R0')], body: [para('para-1', '1', 'R1'), para('para-2', '2', 'R2'), para('para-3', '3', 'R3'), para('para-4', '4', 'R4')], annexes: [], footnotes: [] });
    expect(show(alignVersions(left, right))).toEqual(['preamble-1:-|R0', 'para-1:-|R1', 'para-2:L2|R2', 'para-3:-|R3', 'para-4:-|R4']);
  });

  it('pairs a repeated id once and gives the repeat a row of its own', () => {
    const left = versionParts({ preamble: [], body: [para('para-1', '1', 'a'), para('para-1', '1', 'b')], annexes: [], footnotes: [] });
    const right = versionParts({ preamble: [], body: [para('para-1', '1', 'x'), para('para-1', '1', 'y')], annexes: [], footnotes: [] });
    expect(show(alignVersions(left, right))).toEqual(['para-1:a|x', 'para-1:-|y', 'para-1:b|-']);
  });

  it('gives no rows for two empty versions', () => {
    expect(alignVersions([], [])).toEqual([]);
  });
});
