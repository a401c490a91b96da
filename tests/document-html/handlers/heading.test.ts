import { describe, expect, it } from 'vitest';
import { heading } from '../../../src/document-html/handlers/heading.ts';
import { testContext } from '../context.ts';

describe('<Heading>', () => {
  it('writes an h2 under its id, its ¶ named by its words, citations included', () => {
    const html = heading({ props: { id: 'section-1', inline: JSON.stringify([{ t: 'Follow-up to ' }, { cite: 'E/RES/2015/26', text: '2015/26' }]) }, children: '', context: testContext() });
    expect(html).toBe(
      '<h2 class="doc-heading" id="section-1">Follow-up to <a class="cite" href="/en/E/RES/2015/26/">2015/26</a>' +
        '<a class="permalink" href="#section-1" aria-label="Link to Follow-up to 2015/26" title="Link to Follow-up to 2015/26">¶</a></h2>',
    );
  });
});
