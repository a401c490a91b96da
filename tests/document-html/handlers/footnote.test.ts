import { describe, expect, it } from 'vitest';
import { footnote } from '../../../src/document-html/handlers/footnote.ts';
import { testContext } from '../context.ts';

describe('<Footnote>', () => {
  it('writes one link back to its single mark', () => {
    const html = footnote({ props: { id: 'fn-4', n: 4, backrefs: ['fnref-4'], inline: [{ t: 'See A/70/1.' }] }, children: '', context: testContext() });
    expect(html).toBe(
      '<li class="footnote" id="fn-4" value="4"><span class="footnote-num">4</span><span class="footnote-text">See A/70/1.</span><span class="footnote-backrefs">' +
        '<a class="footnote-backref" href="#fnref-4"><span aria-hidden="true">↩\uFE0E</span><span class="visually-hidden">Back to the text</span></a></span></li>',
    );
  });

  it('numbers the links back to several marks', () => {
    const html = footnote({ props: { id: 'fn-1', n: 1, backrefs: ['fnref-1', 'fnref-1-2'], inline: [] }, children: '', context: testContext() });
    expect(html).toContain('<span class="visually-hidden">Back to the text </span>1</a><a class="footnote-backref" href="#fnref-1-2">');
    expect(html).toContain('<span class="visually-hidden">Back to the text </span>2</a>');
  });
});
