import { describe, expect, it } from 'vitest';
import { printableHref } from '../../src/scripts/print-links.ts';

/** The address a printed page shows after a citation (src/scripts/print-links.ts). */
describe('printableHref', () => {
  const page = 'https://example.org/archive/en/E/RES/2023/3/';

  it('makes a link to another page of the archive absolute, under the site’s base', () => {
    expect(printableHref('/archive/en/E/RES/2022/15/', page)).toBe('https://example.org/archive/en/E/RES/2022/15/');
    expect(printableHref('/archive/en/E/RES/2022/15/#para-4', page)).toBe('https://example.org/archive/en/E/RES/2022/15/#para-4');
  });

  it('keeps an undocs.org address as it is', () => {
    expect(printableHref('https://undocs.org/en/E/2015/31', page)).toBe('https://undocs.org/en/E/2015/31');
  });

  it('prints nothing for a link inside the page: the paper holds the footnote or paragraph', () => {
    expect(printableHref('#fn-1', page)).toBeNull();
    expect(printableHref('', page)).toBeNull();
  });
});
