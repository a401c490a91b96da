import { describe, expect, it } from 'vitest';
import { inlineNodes, undocsHref } from '../../../src/export/akn/inline.ts';
import { el } from '../../../src/export/akn/xml.ts';

describe('inlineNodes', () => {
  it('wraps each citation the archive reads in <ref href> to undocs.org, keeping the printed text exactly', () => {
    expect(inlineNodes('Recalling its resolution 2014/27 and General Assembly resolution 69/204,', 'en')).toEqual([
      'Recalling its ',
      el('ref', { href: 'https://undocs.org/en/E/RES/2014/27' }, 'resolution 2014/27'),
      ' and General Assembly ',
      el('ref', { href: 'https://undocs.org/en/A/RES/69/204' }, 'resolution 69/204'),
      ',',
    ]);
  });

  it('leaves text without citations as it is, and an empty text empty', () => {
    expect(inlineNodes('Decides to remain seized of the matter.', 'en')).toEqual(['Decides to remain seized of the matter.']);
    expect(inlineNodes('', 'zh')).toEqual([]);
  });

  it('reads citations in the text’s language: 第2014/27号决议', () => {
    const nodes = inlineNodes('回顾其第2014/27号决议，', 'zh');
    expect(nodes.filter((n) => typeof n !== 'string')).toHaveLength(1);
    expect(nodes.map((n) => (typeof n === 'string' ? n : n.children.join(''))).join('')).toBe('回顾其第2014/27号决议，');
  });

  it('escapes a symbol for a URL, segment by segment', () => {
    expect(undocsHref('A/70/63-E/2015/10', 'fr')).toBe('https://undocs.org/fr/A/70/63-E/2015/10');
    expect(undocsHref('A/RES/217 (III)', 'en')).toBe('https://undocs.org/en/A/RES/217%20(III)');
  });
});
