import { describe, expect, it } from 'vitest';
import { para } from '../../../src/document-html/handlers/para.ts';
import { testContext } from '../context.ts';

describe('<Para>', () => {
  it('writes a numbered paragraph with its label, text, ¶ and “ control', () => {
    const context = testContext('en', { citePin: () => ({ un: 'para. 1', en: { at: '1', kind: 'para', annex: null } }) });
    const html = para({ props: { id: 'para-1', num: '1', label: '1.', inline: JSON.stringify([{ t: 'Decides & "agrees" <now>' }]) }, children: '', context });
    expect(html).toBe(
      '<div class="para para--numbered" id="para-1"><p class="para-text"><span class="para-label">1.</span>Decides &amp; &quot;agrees&quot; &lt;now&gt;' +
        '<a class="permalink" href="#para-1" aria-label="Link to Paragraph 1" title="Link to Paragraph 1">¶</a>' +
        '<button type="button" class="para-cite" data-pin="para. 1" data-at="1" aria-label="Copy the citation of Paragraph 1"></button></p></div>',
    );
  });

  it('writes a plain paragraph, the count of resolutions citing it, and its items', () => {
    const html = para({ props: { id: 'para-3', num: '3', label: null, inline: [{ t: 'Text' }] }, children: '<div>item</div>', context: testContext() });
    expect(html).toContain('<div class="para para--plain" id="para-3">');
    expect(html).toContain('<a class="cited-count" href="#cited-by-para-3" title="Cited by 2 resolutions" aria-label="Cited by 2 resolutions">2</a>');
    expect(html).toMatch(/<\/p><div class="para-items"><div>item<\/div><\/div><\/div>$/);
    expect(html).not.toContain('para-cite');
  });
});
