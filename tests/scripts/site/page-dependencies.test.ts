import { describe, expect, it } from 'vitest';
import type { CatalogueCard } from '../../../src/schemas/catalogue-card.ts';
import { indexCards } from '../../../src/utils/index-cards.ts';
import { pageDependencies } from '../../../scripts/site/page-dependencies.ts';

type Card = Pick<CatalogueCard, 'id' | 'symbol' | 'lang' | 'anchors' | 'refs'>;
const card = (lang: CatalogueCard['lang'], symbol: string, anchors: string[], refs: CatalogueCard['refs'] = []): Card => ({ id: `${lang}/${symbol}`, symbol, lang, anchors, refs });

function dependenciesOf(cards: Card[], id: string): string {
  const byId = new Map(cards.map((c) => [c.id, c]));
  return pageDependencies(byId.get(id)!, indexCards(cards), byId);
}

describe('pageDependencies', () => {
  const citing = card('en', 'E/RES/2023/3', ['para-1'], [{ target: 'E/RES/2022/15', para: '2', in: 'para-1' }]);
  const cited = card('en', 'E/RES/2022/15', ['para-1', 'para-2']);
  const other = card('en', 'E/RES/2020/9', ['para-1']);

  it('does not change when a page it does not touch changes', () => {
    const before = dependenciesOf([citing, cited, other], citing.id);
    expect(dependenciesOf([citing, cited, { ...other, anchors: ['para-1', 'para-2'] }], citing.id)).toBe(before);
  });

  it('changes when a page it cites loses a paragraph, or gains a language', () => {
    const before = dependenciesOf([citing, cited], citing.id);
    expect(dependenciesOf([citing, { ...cited, anchors: ['para-1'] }], citing.id)).not.toBe(before);
    expect(dependenciesOf([citing, cited, card('fr', 'E/RES/2023/3', ['para-1'])], citing.id)).not.toBe(before);
  });

  it('changes for the cited page when a new resolution cites it (its "cited by")', () => {
    const before = dependenciesOf([cited], cited.id);
    expect(dependenciesOf([cited, citing], cited.id)).not.toBe(before);
  });

  it('changes when a cited symbol comes into the archive (the link leaves undocs.org)', () => {
    expect(dependenciesOf([citing], citing.id)).not.toBe(dependenciesOf([citing, cited], citing.id));
  });
});
