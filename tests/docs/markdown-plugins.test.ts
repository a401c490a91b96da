import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { alignClasses } from '../../src/docs/align-classes.ts';
import { externalLinks } from '../../src/docs/external-links.ts';

describe('alignClasses', () => {
  it("writes a table column's alignment as a class, not a style", () => {
    const { html } = markdownToHtml('| step | s |\n|---|---:|\n| build | 1.0 |\n', { hastPlugins: [alignClasses] });
    expect(html).not.toContain('style=');
    expect(html).toContain('<th class="align-right">s</th>');
    expect(html).toContain('<td class="align-right">1.0</td>');
    expect(html).toContain('<td>build</td>');
  });
});

describe('externalLinks', () => {
  it('gives a link to another site rel="noopener noreferrer", and leaves the site\'s own links alone', () => {
    const { html } = markdownToHtml('[UN](https://www.un.org/) [docs](/en/docs/) [x](//undocs.org/E/RES/2015/26)', { hastPlugins: [externalLinks] });
    expect(html).toContain('<a href="https://www.un.org/" rel="noopener noreferrer">UN</a>');
    expect(html).toContain('<a href="/en/docs/">docs</a>');
    expect(html).toContain('<a href="//undocs.org/E/RES/2015/26" rel="noopener noreferrer">x</a>');
  });
});
