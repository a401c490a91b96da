import { describe, expect, it } from 'vitest';
import { annex } from '../../../src/document-html/handlers/annex.ts';
import { testContext } from '../context.ts';

describe('<Annex>', () => {
  it('writes the annex label, its title and its body', () => {
    expect(annex({ props: { id: 'annex-2', title: 'Terms & conditions' }, children: '<p>x</p>', context: testContext() })).toBe(
      '<section class="doc-annex" id="annex-2"><h2 class="doc-annex-title"><span class="doc-annex-label">Annex 2</span> <span class="doc-annex-name">Terms &amp; conditions</span></h2><p>x</p></section>',
    );
  });

  it('writes no title where the annex has none', () => {
    expect(annex({ props: { id: 'annex-1', title: '' }, children: '', context: testContext('zh') })).not.toContain('doc-annex-name');
  });
});
