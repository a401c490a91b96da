import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/pipeline/citations/find-citations.ts';
import type { Citation } from '../../../src/pipeline/citations/types.ts';
import type { Inline } from '../../../src/pipeline/emit/inline.ts';
import { inlineSegments } from '../../../src/pipeline/emit/inline-segments.ts';
import { importText } from '../../../src/pipeline/text/import-text.ts';
import type { FootnoteMark } from '../../../src/pipeline/text/footnote-mark.ts';
import type { Block } from '../../../src/schemas/block.ts';
import { SEED_FILE, seedBytes } from '../text/helpers.ts';

const refId = (n: number) => `fnref-${n}`;

/** The text a reader sees: text segments and citation words, in order. */
const joined = (segments: Inline[]) => segments.map((s) => ('t' in s ? s.t : 'cite' in s ? s.text : '')).join('');

/** The segments with marks written "[^n]" and citations "[words](target#para)": one readable string. */
const shown = (segments: Inline[]) => segments.map((s) => ('t' in s ? s.t : 'fn' in s ? `[^${s.fn}]` : `[${s.text}](${s.cite}${s.para ? `#${s.para}` : ''})`)).join('');

/** Where each mark stands in the joined text. */
const markOffsets = (segments: Inline[]) => {
  let offset = 0;
  const out: FootnoteMark[] = [];
  for (const s of segments) {
    if ('fn' in s) out.push({ n: s.fn, at: offset });
    else offset += 't' in s ? s.t.length : s.text.length;
  }
  return out;
};

describe('inlineSegments', () => {
  it('gives one text segment for plain text, and none for no text', () => {
    expect(inlineSegments('表示赞赏联合国贸易和发展会议秘书长发挥作用，', [], [], refId)).toEqual([{ t: '表示赞赏联合国贸易和发展会议秘书长发挥作用，' }]);
    expect(inlineSegments('', [], [], refId)).toEqual([]);
  });

  it('places a footnote mark where it was printed, with its anchor id', () => {
    const text = '注意到目前执行信息社会世界首脑会议成果的情况，特别强调其多利益攸关方性质';
    expect(inlineSegments(text, [{ n: 1, at: 23 }], [], refId)).toEqual([
      { t: '注意到目前执行信息社会世界首脑会议成果的情况，' },
      { fn: 1, id: 'fnref-1' },
      { t: '特别强调其多利益攸关方性质' },
    ]);
  });

  it('places marks at the very start and the very end', () => {
    expect(inlineSegments('报告，', [{ n: 2, at: 0 }, { n: 3, at: 3 }], [], refId)).toEqual([{ fn: 2, id: 'fnref-2' }, { t: '报告，' }, { fn: 3, id: 'fnref-3' }]);
  });

  it('makes each citation a link whose words are the printed words, with its target and pinpoint', () => {
    const text = '又回顾大会在其第 67/195 号决议第 11 段中重申，正如《突尼斯议程》第 111 段所确认的';
    const segments = inlineSegments(text, [], findCitations(text, { lang: 'zh' }), refId);
    expect(shown(segments)).toBe('又回顾大会在其[第 67/195 号决议第 11 段](A/RES/67/195#11)中重申，正如《突尼斯议程》第 111 段所确认的');
  });

  it('keeps a mark and a citation in place together: "Summit,1" before "resolution 2014/27"', () => {
    const text = 'Recalling the outcome documents of the World Summit, and its resolution 2014/27 of 16 July 2014,';
    const segments = inlineSegments(text, [{ n: 1, at: 52 }], findCitations(text, { lang: 'en' }), refId);
    expect(shown(segments)).toBe('Recalling the outcome documents of the World Summit,[^1] and its [resolution 2014/27](E/RES/2014/27) of 16 July 2014,');
  });

  it('puts a mark that falls inside a citation\'s words just after them', () => {
    const text = 'see A/70/63-E/2015/10 and more';
    const citations: Citation[] = [{ start: 4, end: 21, target: 'A/70/63-E/2015/10' }];
    expect(shown(inlineSegments(text, [{ n: 2, at: 10 }], citations, refId))).toBe('see [A/70/63-E/2015/10](A/70/63-E/2015/10)[^2] and more');
  });

  it('puts a mark at a citation\'s start before the link, and one at its end after it', () => {
    const text = 'see E/CN.16/2015/2.';
    const citations: Citation[] = [{ start: 4, end: 18, target: 'E/CN.16/2015/2' }];
    expect(shown(inlineSegments(text, [{ n: 1, at: 4 }, { n: 3, at: 18 }], citations, refId))).toBe('see [^1][E/CN.16/2015/2](E/CN.16/2015/2)[^3].');
  });

  it('keeps the text whole when citations overlap, linking only the first', () => {
    const text = 'A/RES/69/204 and more';
    const citations: Citation[] = [
      { start: 0, end: 12, target: 'A/RES/69/204' },
      { start: 6, end: 12, target: 'A/RES/69/204' },
    ];
    const segments = inlineSegments(text, [], citations, refId);
    expect(joined(segments)).toBe(text);
    expect(segments.filter((s) => 'cite' in s)).toHaveLength(1);
  });

  it('sorts marks given out of order, and asks for their anchor ids in reading order', () => {
    const asked: number[] = [];
    const segments = inlineSegments('a b c', [{ n: 3, at: 5 }, { n: 1, at: 1 }, { n: 2, at: 3 }], [], (n) => {
      asked.push(n);
      return `ref-${asked.length}`;
    });
    expect(asked).toEqual([1, 2, 3]);
    expect(shown(segments)).toBe('a[^1] b[^2] c[^3]');
  });

  describe('on every paragraph, heading and footnote of the seed', () => {
    const { resolution, print } = importText(seedBytes, SEED_FILE);
    const every = (blocks: Block[]): Block[] => blocks.flatMap((b) => [b, ...(b.kind === 'para' ? every(b.items) : [])]);
    const texts = [...every(resolution.preamble), ...every(resolution.body), ...resolution.footnotes].map((b) => ({ id: b.id, text: b.text }));

    it('joins back to exactly the model\'s text', () => {
      for (const { id, text } of texts) expect(joined(inlineSegments(text, print.marks[id] ?? [], findCitations(text, { lang: 'zh' }), refId)), id).toBe(text);
    });

    it('keeps every mark at its printed offset', () => {
      for (const { id, text } of texts) {
        const marks = print.marks[id] ?? [];
        expect(markOffsets(inlineSegments(text, marks, findCitations(text, { lang: 'zh' }), refId)), id).toEqual(marks);
      }
    });

    it('links every citation the text holds, with the words printed', () => {
      for (const { text } of texts) {
        const citations = findCitations(text, { lang: 'zh' });
        const links = inlineSegments(text, [], citations, refId).filter((s): s is Extract<Inline, { cite: string }> => 'cite' in s);
        expect(links.map((l) => [l.text, l.cite])).toEqual(citations.map((c) => [text.slice(c.start, c.end), c.target]));
      }
    });
  });
});
