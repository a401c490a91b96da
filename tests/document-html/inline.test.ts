import { describe, expect, it } from 'vitest';
import { inlineHtml } from '../../src/document-html/inline.ts';
import { testContext } from './context.ts';

describe('inlineHtml', () => {
  it('links a held resolution in the reader language, at the pinpointed paragraph it has', () => {
    expect(inlineHtml([{ cite: 'E/RES/2015/26', para: '12', text: 'paragraph 12' }], testContext())).toBe('<a class="cite" href="/en/E/RES/2015/26/#para-12">paragraph 12</a>');
  });

  it('marks a link to another language version, and sends what the archive lacks to undocs.org', () => {
    expect(inlineHtml([{ cite: 'E/RES/2015/26', text: '2015/26' }], testContext('fr'))).toBe('<a class="cite" href="/zh/E/RES/2015/26/" hreflang="zh">2015/26</a><span class="cite-lang" lang="en"> [zh]</span>');
    expect(inlineHtml([{ cite: 'A/RES/70/1', text: '70/1' }], testContext())).toBe('<a class="cite" href="https://undocs.org/en/A/RES/70/1" rel="noopener noreferrer">70/1</a>');
  });

  it('writes footnote marks and escapes text', () => {
    expect(inlineHtml([{ t: "it's" }, { fn: 2, id: 'fnref-2' }], testContext())).toBe('it&#39;s<sup><a id="fnref-2" href="#fn-2">2</a></sup>');
  });
});
