import { describe, expect, it } from 'vitest';
import { cardContent } from '../../src/og-card/card-content.ts';
import { cardKey } from '../../src/og-card/card-key.ts';

const content = cardContent({ symbol: 'E/RES/2015/26', organ: 'ECOSOC', adopted: '2015-07-22', lang: 'en', title: 'Assessment of the progress' });

describe('cardKey', () => {
  it('is the same for the same text and drawing, as a file name', () => {
    expect(cardKey(content, 'v1')).toBe(cardKey({ ...content }, 'v1'));
    expect(cardKey(content, 'v1')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with any text the card shows, and with the drawing’s version', () => {
    const keys = [
      cardKey(content, 'v1'),
      cardKey(content, 'v2'),
      cardKey({ ...content, title: 'Assessment of the progress made' }, 'v1'),
      cardKey({ ...content, symbol: 'E/RES/2015/27' }, 'v1'),
      cardKey({ ...content, adopted: null }, 'v1'),
      cardKey({ ...content, lang: 'fr' }, 'v1'),
      cardKey({ ...content, archive: 'Archive' }, 'v1'),
      cardKey({ ...content, masthead: 'United Nations' }, 'v1'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not confuse two texts that join into the same characters', () => {
    expect(cardKey({ ...content, title: 'a', archive: 'b c' }, 'v1')).not.toBe(cardKey({ ...content, title: 'a b', archive: 'c' }, 'v1'));
  });
});
