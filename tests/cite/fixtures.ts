import type { Para } from '../../src/schemas/para.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { ResolutionSchema } from '../../src/schemas/resolution.ts';

/** A paragraph of the model. */
export function para(id: string, num: string | null, items: Para[] = [], text = 'text'): Para {
  return { kind: 'para', id, num, text, notes: [], items };
}

/**
 * E/RES/2015/26 in one language, shaped like the importer's model: three preambular
 * paragraphs, a heading, operative paragraphs 1, 12 (with (a) holding (i) and (ii)) and 48
 * (with (a)–(c), printed with `letters`), an unnumbered operative paragraph `text-1`, one
 * annex with a preambular paragraph and paragraph 3, and footnote 4. `overrides` replace
 * fields; the result is checked against the model's schema.
 */
export function resolution(overrides: Partial<Resolution> = {}, letters = ['a', 'b', 'c']): Resolution {
  const res: Resolution = {
    symbol: 'E/RES/2015/26',
    organ: 'ECOSOC',
    number: '2015/26',
    lang: 'en',
    title: 'Progress in the implementation of the outcomes of the World Summit on the Information Society',
    adopted: '2015-07-22',
    meeting: 54,
    agendaItem: '18(b)',
    preamble: [para('preamble-1', null), para('preamble-2', null), para('preamble-3', null)],
    body: [
      { kind: 'heading', id: 'section-1', text: 'Internet governance' },
      para('para-1', '1'),
      para('para-12', '12', [para('para-12-a', 'a', [para('para-12-a-i', 'i'), para('para-12-a-ii', 'ii')])]),
      para('para-48', '48', letters.map((l, i) => para(`para-48-${'abc'[i]}`, l))),
      para('text-1', null),
    ],
    annexes: [
      {
        id: 'annex-1',
        title: 'Annex',
        body: [para('annex-1-preamble-2', null), para('annex-1-para-3', '3', [para('annex-1-para-3-b', 'b')])],
      },
    ],
    footnotes: [{ id: 'fn-4', n: 4, text: 'A/70/1.' }],
    refs: [],
    warnings: [],
    ...overrides,
  };
  return ResolutionSchema.parse(res);
}

/** General Assembly resolution 79/1 (the Pact for the Future), adopted 22 September 2024. */
export function gaResolution(overrides: Partial<Resolution> = {}): Resolution {
  return resolution({ symbol: 'A/RES/79/1', organ: 'GA', number: '79/1', adopted: '2024-09-22', ...overrides });
}

/** The fixture with a second annex, holding paragraph 3 again. */
export function twoAnnexes(overrides: Partial<Resolution> = {}): Resolution {
  const base = resolution(overrides);
  return {
    ...base,
    annexes: [...base.annexes, { id: 'annex-2', title: 'Annex II', body: [para('annex-2-para-3', '3')] }],
  };
}
