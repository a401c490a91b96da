import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Imported } from '../../src/pipeline/imported.ts';
import { importSource } from '../../src/pipeline/import-source.ts';
import type { Block } from '../../src/schemas/block.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';

// The same resolution read from its PDF and from pdftotext's extraction of that PDF must give
// the same model: the same anchors, the same footnotes, the marks in the same paragraphs.
const CORPUS = '../shared/corpus/ga79-pdf';

/** Every anchor with the footnotes its text refers to, in reading order: "para-3-a:1.2". */
function anchors(r: Resolution): string[] {
  const out: string[] = [];
  const walk = (b: Block) => {
    out.push(b.kind === 'para' ? `${b.id}:${b.notes.join('.')}` : b.id);
    if (b.kind === 'para') b.items.forEach(walk);
  };
  r.preamble.forEach(walk);
  r.body.forEach(walk);
  r.annexes.forEach((a) => a.body.forEach(walk));
  return out;
}

// Where pdftotext scrambles the reading order, the two cannot agree in full; what differs, and why.
const SCRAMBLED: Record<number, string> = {
  1: 'pdftotext interleaves the 56-page Pact with its bold "Action" headings and footnote blocks',
  4: 'pdftotext prints "Agency;" before the paragraph it ends, so a fragment reads as a heading',
  8: 'pdftotext breaks one justified line into a word per line',
  9: 'pdftotext prints footnote mark 6 apart from its line',
  10: 'pdftotext prints marks 3–7 apart from their lines',
};

describe.skipIf(!existsSync(CORPUS))(`one resolution, two sources: PDF and pdftotext (skipped where ${CORPUS} is absent)`, () => {
  describe.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('A/RES/79/%i', (n) => {
    let pdf: Imported;
    let text: Imported;
    beforeAll(async () => {
      const file = `${CORPUS}/A-RES-79-${n}.en`;
      pdf = await importSource(readFileSync(`${file}.pdf`), `${file}.pdf`);
      text = await importSource(readFileSync(`${file}.pdftotext.txt`), `${file}.pdftotext.txt`);
    }, 60_000);

    it('has the same metadata and the same footnotes', () => {
      const meta = (r: Resolution) => [r.symbol, r.title, r.adopted, r.meeting, r.agendaItem, r.footnotes.length];
      expect(meta(text.resolution)).toEqual(meta(pdf.resolution));
    });

    it('has the same numbered operative paragraphs', () => {
      const numbered = (r: Resolution) => r.body.flatMap((b) => (b.kind === 'para' && b.num !== null ? [b.id] : []));
      expect(numbered(text.resolution)).toEqual(numbered(pdf.resolution));
    });

    it.runIf(!(n in SCRAMBLED))('has the same anchors, with footnote marks in the same paragraphs', () => {
      expect(anchors(text.resolution)).toEqual(anchors(pdf.resolution));
      expect(text.resolution.footnotes).toEqual(pdf.resolution.footnotes);
    });
  });
});
