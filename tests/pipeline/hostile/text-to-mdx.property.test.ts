import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/pipeline/emit/inline.ts';
import { renderMdx } from '../../../src/pipeline/emit/mdx.ts';
import { importText } from '../../../src/pipeline/text/import-text.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { readMdxPage } from '../../helpers/hostile/mdx-page.ts';
import { textSource, type HostileSource } from '../../helpers/hostile/text-source.ts';
import { modelTexts, PROPERTY_SEED } from '../../helpers/hostile/model-texts.ts';

/*
 * Issue 8: hostile text, generated. A text source whose paragraphs are full of MDX, JSX,
 * Markdown and HTML syntax and of awkward Unicode must give a model whose texts are the
 * source's (NFC, wrapped lines joined), and an MDX page in which every word is a string literal.
 */
describe('hostile text sources, through the model to the page\'s MDX', () => {
  const keepsItsText = (size: 'ordinary' | 'huge') =>
    fc.property(textSource(1, size), (source) => {
        const imported = importText(source.bytes, source.name);
        const model: Resolution = imported.resolution;
        expect(model.title).toBe(source.title.normalize('NFC'));
        const expected = Object.fromEntries(Object.entries(source.texts).map(([id, text]) => [id, text.normalize('NFC')]));
        expect(modelTexts(model)).toEqual(expected);
        const page = readMdxPage(renderMdx(imported, source.name));
        expect(page.texts).toEqual(expected);
        expect(page.front.title).toBe(model.title);
        // The recommendation line travels in the front matter as inline segments.
        const recommendation = page.front.recommendation as Inline[];
        expect(recommendation.map((s) => ('t' in s ? s.t : 'text' in s ? s.text : '')).join('')).toBe(source.recommendation);
      });

  it('keep every paragraph\'s text, and the MDX holds it only in literals', () => {
    fc.assert(keepsItsText('ordinary'), { seed: PROPERTY_SEED, numRuns: 500 });
  });

  it('keep it at extreme sizes: a paragraph with a line of some hundred kilobytes', () => {
    fc.assert(keepsItsText('huge'), { seed: PROPERTY_SEED, numRuns: 5 });
  });

  it('write any source path into the front matter as data: line breaks, "---", quotes and braces included', () => {
    const source = fc.sample(textSource(1), { seed: PROPERTY_SEED, numRuns: 1 })[0] as HostileSource;
    const imported = importText(source.bytes, source.name);
    const path = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('a\n---\n<script>alert(1)</script>.txt', 'x\r\n# y: {z}.txt', 'a\u2028b\u2029\u0085---.txt', '"quoted"\\.txt'));
    fc.assert(
      fc.property(path, (file) => {
        const page = readMdxPage(renderMdx(imported, file));
        expect(page.front.source).toBe(file);
        expect(page.texts).toEqual(readMdxPage(renderMdx(imported, source.name)).texts);
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });
});
