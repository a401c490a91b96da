import { describe, expect, it } from 'vitest';
import { cslItem, cslJson } from '../../src/cite/csl-json.ts';
import { CitationTargetError } from '../../src/cite/locate.ts';
import { gaResolution, resolution } from './fixtures.ts';

const ZH_PAGE = 'https://example.org/archive/zh/E/RES/2015/26/';
const EN_PAGE = 'https://example.org/archive/en/E/RES/2015/26/';

describe('cslJson', () => {
  it('writes the item of a paragraph as text', () => {
    expect(cslJson(resolution({ title: 'Science, technology and innovation for development' }), EN_PAGE, 'para-12')).toBe(
      `[
  {
    "id": "E-RES-2015-26-para-12",
    "type": "legislation",
    "title": "Science, technology and innovation for development",
    "authority": "Economic and Social Council",
    "number": "2015/26",
    "call-number": "E/RES/2015/26",
    "publisher": "United Nations",
    "issued": {
      "date-parts": [
        [
          2015,
          7,
          22
        ]
      ]
    },
    "section": "para. 12",
    "URL": "https://example.org/archive/en/E/RES/2015/26/#para-12",
    "language": "en"
  }
]
`,
    );
  });

  it('keeps Chinese and Arabic as UTF-8 and round-trips any title', () => {
    const title = '评估信息社会世界峰会成果 "落实" \\ {进展} 50% & #1\u200f';
    const text = cslJson(resolution({ lang: 'zh', title }), ZH_PAGE, 'para-48-c');
    expect(text).toContain('"title": "评估信息社会世界峰会成果 \\"落实\\" \\\\ {进展} 50% & #1\u200f"');
    expect(JSON.parse(text)).toEqual([
      {
        id: 'E-RES-2015-26-para-48-c',
        type: 'legislation',
        title,
        authority: '经济及社会理事会',
        number: '2015/26',
        'call-number': 'E/RES/2015/26',
        publisher: '联合国',
        URL: `${ZH_PAGE}#para-48-c`,
        language: 'zh',
        issued: { 'date-parts': [[2015, 7, 22]] },
        section: '第48(c)段',
      },
    ]);
    const ar = cslJson(resolution({ lang: 'ar', title: 'تقييم التقدم المحرز في تنفيذ نتائج القمة' }), EN_PAGE);
    expect(ar).toContain('"title": "تقييم التقدم المحرز في تنفيذ نتائج القمة"');
    expect(ar).toContain('"authority": "المجلس الاقتصادي والاجتماعي"');
  });
});

describe('cslItem', () => {
  it('cites the resolution without section or anchor', () => {
    const item = cslItem(gaResolution({ title: 'The Pact for the Future' }), 'https://example.org/en/A/RES/79/1/');
    expect(item).toEqual({
      id: 'A-RES-79-1',
      type: 'legislation',
      title: 'The Pact for the Future',
      authority: 'General Assembly',
      number: '79/1',
      'call-number': 'A/RES/79/1',
      publisher: 'United Nations',
      URL: 'https://example.org/en/A/RES/79/1/',
      language: 'en',
      issued: { 'date-parts': [[2024, 9, 22]] },
    });
  });

  it('leaves out an unknown adoption date', () => {
    const item = cslItem(resolution({ adopted: null }), EN_PAGE);
    expect(item).not.toHaveProperty('issued');
    expect(item.title).toBe(resolution().title);
  });

  it('gives the pinpoint in the page’s language', () => {
    expect(cslItem(resolution({ lang: 'ar' }, ['أ', 'ب', 'ج']), EN_PAGE, 'para-48-c').section).toBe('الفقرة 48 (ج)');
    expect(cslItem(resolution({ lang: 'fr' }), EN_PAGE, 'annex-1-para-3').section).toBe('annexe, par. 3');
    expect(cslItem(resolution(), EN_PAGE, 'fn-4').section).toBe('footnote 4');
  });

  it('throws for an id the resolution does not have, and for a relative URL', () => {
    expect(() => cslItem(resolution(), EN_PAGE, 'para-99')).toThrow(CitationTargetError);
    expect(() => cslItem(resolution(), '/en/E/RES/2015/26/')).toThrow(TypeError);
  });
});
