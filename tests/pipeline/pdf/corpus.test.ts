import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Imported } from '../../../src/pipeline/imported.ts';
import { importSource } from '../../../src/pipeline/import-source.ts';
import type { Block } from '../../../src/schemas/block.ts';
import type { Para } from '../../../src/schemas/para.ts';

// The UN's own PDFs of General Assembly resolutions 79/1 to 79/10, with pdftotext's reading
// beside each. The figures below were read off the PDFs and checked against that text by eye.
const CORPUS = '../shared/corpus/ga79-pdf';

interface Expected {
  n: number;
  title: string;
  adopted: string;
  meeting: number;
  agendaItem: string;
  preamble: number;
  /** Numbered operative paragraphs of the resolution itself. */
  operative: number;
  footnotes: number;
  /** Title and numbered paragraphs of each annex. */
  annexes: [string, number][];
  /** What is known not to be right yet, by test name: the reason (a change in a shared stage). */
  known?: Record<string, string>;
}

const EXPECTED: Expected[] = [
  {
    n: 1,
    title: 'The Pact for the Future',
    adopted: '2024-09-22',
    meeting: 3,
    agendaItem: '123',
    preamble: 1,
    operative: 84,
    footnotes: 26,
    annexes: [
      ['Global Digital Compact', 74],
      ['Declaration on Future Generations', 32],
    ],
  },
  { n: 2, title: 'Political declaration of the high-level meeting on antimicrobial resistance', adopted: '2024-10-07', meeting: 18, agendaItem: '127', preamble: 0, operative: 0, footnotes: 9, annexes: [['Political declaration of the high-level meeting on antimicrobial resistance', 106]] },
  { n: 3, title: 'Scale of assessments for the apportionment of the expenses of the United Nations: requests under Article 19 of the Charter', adopted: '2024-10-09', meeting: 19, agendaItem: '143', preamble: 2, operative: 6, footnotes: 1, annexes: [] },
  { n: 4, title: 'Report of the International Atomic Energy Agency', adopted: '2024-10-15', meeting: 22, agendaItem: '89', preamble: 4, operative: 5, footnotes: 1, annexes: [] },
  { n: 5, title: 'Zone of peace, trust and cooperation of Central Asia', adopted: '2024-10-24', meeting: 25, agendaItem: '64', preamble: 14, operative: 14, footnotes: 7, annexes: [] },
  { n: 6, title: 'Report of the International Criminal Court', adopted: '2024-10-29', meeting: 29, agendaItem: '74', preamble: 14, operative: 32, footnotes: 10, annexes: [] },
  { n: 7, title: 'Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba', adopted: '2024-10-30', meeting: 30, agendaItem: '38', preamble: 8, operative: 5, footnotes: 1, annexes: [] },
  { n: 8, title: 'Sport as an enabler of sustainable development', adopted: '2024-11-12', meeting: 37, agendaItem: '12', preamble: 39, operative: 28, footnotes: 20, annexes: [] },
  // The PDF prints this title without "79/9."; the number comes from the symbol at the top.
  { n: 9, title: 'Cooperation between the United Nations and the Organization of Islamic Cooperation', adopted: '2024-11-18', meeting: 39, agendaItem: '125 (b)', preamble: 29, operative: 30, footnotes: 6, annexes: [] },
  { n: 10, title: 'Cooperation between the United Nations and the Collective Security Treaty Organization', adopted: '2024-11-18', meeting: 39, agendaItem: '125 (t)', preamble: 15, operative: 9, footnotes: 7, annexes: [] },
];

/** Every paragraph and item, depth first. */
function allParas(paras: Para[]): Para[] {
  return paras.flatMap((p) => [p, ...allParas(p.items)]);
}

function parasOf(blocks: Block[]): Para[] {
  return blocks.filter((b): b is Para => b.kind === 'para');
}

/** Every text of the model a reader sees: paragraphs, headings, annex titles, footnotes. */
function texts(imported: Imported): { id: string; text: string }[] {
  const { resolution: r } = imported;
  const blocks = [...r.body, ...r.annexes.flatMap((a) => a.body)];
  return [
    ...allParas([...r.preamble, ...parasOf(blocks)]).map((p) => ({ id: p.id, text: p.text })),
    ...blocks.filter((b) => b.kind === 'heading').map((b) => ({ id: b.id, text: b.text })),
    ...r.annexes.map((a) => ({ id: a.id, text: a.title })),
    ...r.footnotes.map((f) => ({ id: f.id, text: f.text })),
  ];
}

/** Numbered paragraphs' numbers, in order. */
function numbers(blocks: Block[]): number[] {
  return parasOf(blocks)
    .filter((p) => p.num !== null)
    .map((p) => Number(p.num));
}

const consecutive = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe.skipIf(!existsSync(CORPUS))(`the GA 79 resolutions as PDFs (skipped where ${CORPUS} is absent)`, () => {
  describe.each(EXPECTED)('A/RES/79/$n', (expected) => {
    const file = `${CORPUS}/A-RES-79-${expected.n}.en.pdf`;
    const pages = () => readFileSync(file.replace(/\.pdf$/, '.pdftotext.txt'), 'utf8').split('\f').length - 1;
    let imported: Imported;
    const check = (name: string, test: () => void) => (expected.known?.[name] ? it.fails(`${name} (known: ${expected.known[name]})`, test) : it(name, test));

    beforeAll(async () => {
      imported = await importSource(readFileSync(file), file);
      const { resolution: r } = imported;
      const annexes = r.annexes.map((a) => `${a.id} ${parasOf(a.body).length}`).join(', ');
      // eslint-disable-next-line no-console
      console.log(`${r.symbol}: preamble ${r.preamble.length}, operative ${parasOf(r.body).length}${annexes ? `, annexes ${annexes}` : ''}, footnotes ${r.footnotes.length}, warnings ${r.warnings.length}`);
    }, 60_000);

    it('has the symbol, title, adoption date, meeting and agenda item printed on it', () => {
      expect(imported.resolution).toMatchObject({ symbol: `A/RES/79/${expected.n}`, organ: 'GA', number: `79/${expected.n}`, lang: 'en', title: expected.title, adopted: expected.adopted, meeting: expected.meeting, agendaItem: expected.agendaItem });
      expect(imported.print.session).toBe('Seventy-ninth session');
      expect(imported.print.jobNumber).toMatch(/^24-\d{5} \(E\)$/);
    });

    it('has its preamble, operative paragraphs and annexes', () => {
      const { resolution: r } = imported;
      expect(r.preamble).toHaveLength(expected.preamble);
      expect(numbers(r.body)).toHaveLength(expected.operative);
      expect(r.annexes.map((a) => a.title)).toEqual(expected.annexes.map(([title]) => title));
    });

    check('numbering', () => {
      const { resolution: r } = imported;
      expect(numbers(r.body)).toEqual(consecutive(expected.operative));
      expect(r.annexes.map((a) => numbers(a.body))).toEqual(expected.annexes.map(([, count]) => consecutive(count)));
    });

    check('ids', () => {
      const ids = texts(imported).map((t) => t.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it('has its footnotes, each with text', () => {
      const { resolution: r } = imported;
      expect(r.footnotes.map((f) => f.n)).toEqual(consecutive(expected.footnotes));
      for (const footnote of r.footnotes) expect(footnote.text, `footnote ${footnote.n}`).toMatch(/\S{2,}/);
    });

    check('marks', () => {
      const { resolution: r, print } = imported;
      const marked = new Set(Object.values(print.marks).flatMap((marks) => marks.map((m) => m.n)));
      expect([...marked].sort((a, b) => a - b)).toEqual(consecutive(expected.footnotes));
      expect(r.warnings.filter((w) => /never referenced|matches no footnote/.test(w))).toEqual([]);
    });

    it('glues no footnote number to the words where the PDF sets it as a superscript', () => {
      const glued = texts(imported).filter(({ text }) => /\p{Ll}[,.;:”’)]?\d{1,2}(?=\s|$)/u.test(text));
      expect(glued).toEqual([]);
    });

    it('keeps running headers and footers out of the text: symbol, job number, barcode, page numbers', () => {
      const { resolution: r, print } = imported;
      const job = (print.jobNumber ?? '').replace(/ \(E\)$/, '');
      // A page number ("2/10") looks like a resolution number ("78/10") inside a sentence; as
      // furniture it would stand at the start or the end of a text.
      const furniture = [new RegExp(`(?:^|\\s)${r.symbol.replace(/\//g, '\\/')}(?:\\s|$)`), new RegExp(job), new RegExp(`\\*${job.replace('-', '')}\\*`), new RegExp(`^\\d{1,2}\\/${pages()}\\s|\\s\\d{1,2}\\/${pages()}$`)];
      const leaks = texts(imported).filter(({ text }) => furniture.some((pattern) => pattern.test(text)));
      expect(leaks).toEqual([]);
    });
  });
});
