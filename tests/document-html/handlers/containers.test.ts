import { describe, expect, it } from 'vitest';
import { footnotes } from '../../../src/document-html/handlers/footnotes.ts';
import { formula } from '../../../src/document-html/handlers/formula.ts';
import { operative } from '../../../src/document-html/handlers/operative.ts';
import { preamble } from '../../../src/document-html/handlers/preamble.ts';
import { testContext } from '../context.ts';

describe('<Formula>, <Preamble>, <Operative>, <Footnotes>', () => {
  it('write the formula as text', () => {
    expect(formula({ props: { text: 'The <Council>,' }, children: '', context: testContext() })).toBe('<p class="doc-formula">The &lt;Council&gt;,</p>');
  });

  it('wrap the preamble', () => {
    expect(preamble({ props: {}, children: 'x', context: testContext() })).toBe('<div class="doc-preamble">x</div>');
  });

  it('set the closing lines after the operative part, one a line, and nothing when there are none', () => {
    expect(operative({ props: {}, children: 'x', context: testContext('zh', { closing: ['2015 年 7月 22 日', '第 54 次全体会议'] }) })).toBe('<div class="doc-operative">x</div><p class="doc-closing">2015 年 7月 22 日<br>第 54 次全体会议</p>');
    expect(operative({ props: {}, children: 'x', context: testContext() })).toBe('<div class="doc-operative">x</div>');
  });

  it('name the footnotes in the page language', () => {
    expect(footnotes({ props: {}, children: '<li></li>', context: testContext('zh') })).toMatch(/^<section class="doc-footnotes" aria-label="[^"]+"><ol class="footnote-list"><li><\/li><\/ol><\/section>$/);
  });
});
