import { describe, expect, it } from 'vitest';
import { jsonForScript, legislationJsonLd, paragraphIds, type LegislationSource } from '../../src/head/legislation-ld.ts';

const para = (id: string, items: LegislationSource['preamble'] = []) => ({ kind: 'para' as const, id, num: null, text: 'x', notes: [], items });

const MODEL: LegislationSource = {
  symbol: 'E/RES/2023/3',
  number: '2023/3',
  title: 'Title </script><!-- & "quotes"',
  lang: 'en',
  adopted: '2023-06-06',
  preamble: [para('preamble-1')],
  body: [{ kind: 'heading', id: 'section-1', text: 'A' }, para('para-1', [para('para-1-a'), para('para-1-b', [para('para-1-b-i')])]), para('para-2')],
  annexes: [{ id: 'annex-1', title: 'Annex', body: [para('annex-1-para-1')] }],
};
const URL = 'https://example.org/en/E/RES/2023/3/';
const CONTEXT = {
  url: URL,
  versions: [
    { lang: 'ar' as const, url: 'https://example.org/ar/E/RES/2023/3/' },
    { lang: 'en' as const, url: URL },
  ],
  organName: 'Economic and Social Council',
  publisher: 'United Nations',
};

describe('paragraphIds', () => {
  it('lists every paragraph in document order, sub-paragraphs after their paragraph, headings left out', () => {
    expect(paragraphIds(MODEL)).toEqual(['preamble-1', 'para-1', 'para-1-a', 'para-1-b', 'para-1-b-i', 'para-2', 'annex-1-para-1']);
  });
});

describe('legislationJsonLd', () => {
  const ld = legislationJsonLd(MODEL, CONTEXT);

  it('describes the resolution as schema.org Legislation', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      url: URL,
      legislationIdentifier: 'E/RES/2023/3',
      name: `2023/3. ${MODEL.title}`,
      legislationDate: '2023-06-06',
      legislationPassedBy: { '@type': 'Organization', name: 'Economic and Social Council', parentOrganization: { '@type': 'Organization', name: 'United Nations' } },
      inLanguage: 'en',
    });
  });

  it('has a workExample per language version and a part per paragraph at its anchor', () => {
    expect(ld.workExample).toEqual([
      { '@type': 'Legislation', url: 'https://example.org/ar/E/RES/2023/3/', inLanguage: 'ar' },
      { '@type': 'Legislation', url: URL, inLanguage: 'en' },
    ]);
    const parts = ld.hasPart as { url: string; identifier: string }[];
    expect(parts).toHaveLength(7);
    expect(parts[1]).toEqual({ '@type': 'Legislation', url: `${URL}#para-1`, identifier: 'para-1' });
  });

  it('has no date when the adoption date is unknown', () => {
    expect(legislationJsonLd({ ...MODEL, adopted: null }, CONTEXT)).not.toHaveProperty('legislationDate');
  });
});

describe('jsonForScript', () => {
  it('cannot close the script or open a comment, and parses back to the same value', () => {
    const value = { title: MODEL.title, separators: 'a\u2028b\u2029c', arabic: 'قرار' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/<\/script|<!--|</i);
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
