import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/schemas/lang.ts';
import { planSlices } from '../../../scripts/site/plan-slices.ts';

const card = (lang: Lang, year: number | null, n: number) => ({ id: `${lang}/E/RES/${year ?? 'x'}/${n}`, lang, adopted: year === null ? null : `${year}-07-01` });

describe('planSlices', () => {
  it('keeps each slice to consecutive whole years in every language, at most the cap', () => {
    const cards = [
      ...[1, 2].map((n) => card('en', 2001, n)),
      card('fr', 2001, 1),
      ...[1, 2].map((n) => card('en', 2002, n)),
      ...[1, 2, 3, 4].map((n) => card('en', 2003, n)),
    ];
    const slices = planSlices(cards, 5);
    expect(slices.map((s) => [s.name, s.ids.length])).toEqual([
      ['2001-2002', 5],
      ['2003', 4],
    ]);
    // Year by year; within a year, languages in the UN's order: English before French.
    expect(slices[0]!.ids).toEqual(['en/E/RES/2001/1', 'en/E/RES/2001/2', 'fr/E/RES/2001/1', 'en/E/RES/2002/1', 'en/E/RES/2002/2']);
    expect(slices.flatMap((s) => s.ids).sort()).toEqual(cards.map((c) => c.id).sort());
  });

  it('splits a year over the cap into numbered slices of its own and puts undated pages last', () => {
    const cards = [...[1, 2, 3, 4, 5].map((n) => card('zh', 1990, n)), card('zh', null, 1), card('ar', 1989, 1)];
    expect(planSlices(cards, 2).map((s) => [s.name, s.ids.length])).toEqual([
      ['1989', 1],
      ['1990.1', 2],
      ['1990.2', 2],
      ['1990.3', 1],
      ['undated', 1],
    ]);
  });

  it('gives the same slices whatever order the cards come in, and moves only its own slice when a page is added', () => {
    const cards = [2001, 2002, 2003, 2004].flatMap((year) => [1, 2].map((n) => card('es', year, n)));
    const planned = planSlices(cards, 4);
    expect(planSlices([...cards].reverse(), 4)).toEqual(planned);
    const added = planSlices([...cards, card('ru', 2003, 3)], 4);
    expect(added[0]).toEqual(planned[0]);
    expect(added.map((s) => s.name)).toEqual(['2001-2002', '2003', '2004']);
  });
});
