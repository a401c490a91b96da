import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMdx } from '../../../src/pipeline/emit/mdx.ts';
import { importPdf } from '../../../src/pipeline/pdf/import-pdf.ts';
import { readMdxPage } from '../../helpers/hostile/mdx-page.ts';
import { modelTexts, PROPERTY_SEED } from '../../helpers/hostile/model-texts.ts';
import { pdfSource } from '../../helpers/hostile/pdf-source.ts';

/*
 * Issue 8: hostile text, generated, in a PDF. MDX, JSX, Markdown and HTML syntax set in the text
 * layer (ASCII: the test PDFs use the standard Helvetica) must come out in the model as printed,
 * and in the page's MDX only as literals. Reading a PDF takes some 30 ms: fewer runs than the others.
 */
describe('hostile PDF sources, through the model to the page\'s MDX', () => {
  it('keep every paragraph\'s text, and the MDX holds it only in literals', async () => {
    await fc.assert(
      fc.asyncProperty(pdfSource(1), async (source) => {
        const imported = await importPdf(source.bytes, source.name);
        expect(imported.resolution.title).toBe(source.title);
        expect(modelTexts(imported.resolution)).toEqual(source.texts);
        const page = readMdxPage(renderMdx(imported, source.name));
        expect(page.texts).toEqual(source.texts);
        expect(page.front.title).toBe(imported.resolution.title);
      }),
      { seed: PROPERTY_SEED, numRuns: 150 },
    );
  });
});
