import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/schemas/lang.ts';
import { planSlices } from '../../../scripts/site/plan-slices.ts';

const card = (lang: Lang, year: number | null, n: number) => ({ id: `${lang}/E/RES/${year ?? 'x'}/${n}`, lang, adopted: year === null ? null : `${year}-07-01` });

describe('planSlices', () => {
  it('keeps each slice to one language and consecutive whole years, at most the cap', () => {
    const cards = [
      ...[1, 2, 3].map((n) => card('en', 2001, n)),
      ...[1, 2].map((n) => card('en', 2002, n)),
      ...[1, 2, 3, 4].map((n) => card('en', 2003, n)),
      card('fr', 2001, 1),
    ];
    const slices = planSlices(cards, 5);
    expect(slices.map((s) => [s.name, s.ids.length])).toEqual([
      ['en-2001-2002', 5],
      ['en-2003', 4],
      ['fr-2001', 1],
    ]);
    expect(slices.flatMap((s) => s.ids).sort()).toEqual(cards.map((c) => c.id).sort());
  });

  it('splits a year over the cap into numbered slices of its own and puts undated pages last', () => {
    const cards = [...[1, 2, 3, 4, 5].map((n) => card('zh', 1990, n)), card('zh', null, 1), card('zh', 1989, 1)];
    expect(planSlices(cards, 2).map((s) => [s.name, s.ids.length])).toEqual([
      ['zh-1989', 1],
      ['zh-1990.1', 2],
      ['zh-1990.2', 2],
      ['zh-1990.3', 1],
      ['zh-undated', 1],
    ]);
  });

  it('gives the same slices whatever order the cards come in, and moves only its own slice when a page is added', () => {
    const cards = [2001, 2002, 2003, 2004].flatMap((year) => [1, 2].map((n) => card('es', year, n)));
    const planned = planSlices(cards, 4);
    expect(planSlices([...cards].reverse(), 4)).toEqual(planned);
    const added = planSlices([...cards, card('es', 2003, 3)], 4);
    expect(added[0]).toEqual(planned[0]);
    expect(added.map((s) => s.name)).toEqual(['es-2001-2002', 'es-2003', 'es-2004']);
  });
});
