import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importAkn } from '../../../src/pipeline/akn/import-akn.ts';
import { renderMdx } from '../../../src/pipeline/emit/mdx.ts';
import { aknSource } from '../../helpers/hostile/akn-source.ts';
import { readMdxPage } from '../../helpers/hostile/mdx-page.ts';
import { modelTexts, PROPERTY_SEED } from '../../helpers/hostile/model-texts.ts';

/*
 * Issue 8: hostile text, generated, in Akoma Ntoso. XML-escaped MDX, JSX, Markdown and HTML
 * syntax and awkward Unicode in every paragraph must come out in the model as the source's
 * text (its white space joined as documented), and in the page's MDX only as literals.
 */
describe('hostile Akoma Ntoso sources, through the model to the page\'s MDX', () => {
  it('keep every paragraph\'s text, and the MDX holds it only in literals', () => {
    fc.assert(
      fc.property(aknSource(1), (source) => {
        const imported = importAkn(source.bytes, source.name);
        const expected = Object.fromEntries(Object.entries(source.texts).map(([id, text]) => [id, text.normalize('NFC')]));
        expect(imported.resolution.title).toBe(source.title.normalize('NFC'));
        expect(modelTexts(imported.resolution)).toEqual(expected);
        const page = readMdxPage(renderMdx(imported, source.name));
        expect(page.texts).toEqual(expected);
        expect(page.front.title).toBe(imported.resolution.title);
      }),
      { seed: PROPERTY_SEED, numRuns: 400 },
    );
  });
});
