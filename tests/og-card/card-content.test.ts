import { describe, expect, it } from 'vitest';
import { cardAlt, cardContent } from '../../src/og-card/card-content.ts';

const SEED = { symbol: 'E/RES/2015/26', organ: 'ECOSOC', adopted: '2015-07-22' } as const;

describe('cardContent', () => {
  it('says everything in the page’s language, the date as the language writes it', () => {
    expect(cardContent({ ...SEED, lang: 'zh', title: '评估进展' })).toEqual({
      lang: 'zh',
      dir: 'ltr',
      masthead: '联合国 · 经济及社会理事会',
      symbol: 'E/RES/2015/26',
      title: '评估进展',
      adopted: '通过日期：2015年7月22日',
      archive: '经济及社会理事会决议档案',
    });
    expect(cardContent({ ...SEED, lang: 'en', title: 'Assessment' }).adopted).toBe('Adopted 22 July 2015');
    expect(cardContent({ ...SEED, lang: 'fr', title: 'Évaluation' }).adopted).toBe('Adoptée le 22 juillet 2015');
  });

  it('reads Arabic right to left, with Latin digits as the UN’s Arabic documents print them', () => {
    const card = cardContent({ ...SEED, lang: 'ar', title: 'التقدم المحرز' });
    expect(card.dir).toBe('rtl');
    expect(card.masthead).toBe('الأمم المتحدة · المجلس الاقتصادي والاجتماعي');
    expect(card.adopted).toMatch(/^تاريخ الاتخاذ: 22 .+ 2015$/);
  });

  it('has no date line when the source gives no date, and names the General Assembly for its resolutions', () => {
    const card = cardContent({ symbol: 'A/RES/70/1', organ: 'GA', adopted: null, lang: 'en', title: 'Transforming our world' });
    expect(card.adopted).toBeNull();
    expect(card.masthead).toBe('United Nations · General Assembly');
  });
});

describe('cardAlt', () => {
  it('describes the card by its symbol and title', () => {
    expect(cardAlt({ symbol: 'E/RES/2015/26', title: '评估进展' })).toBe('E/RES/2015/26: 评估进展');
  });
});
