import { describe, expect, it } from 'vitest';
import { hasId, locateJump, type Fetcher } from '../../src/utils/jump-target.ts';
import { citedNumber } from '../../src/utils/search-jump-entry.ts';

/** Where a citation typed into the search box leads (src/utils/jump-target.ts), against a fake host. */

const MODEL = {
  symbol: 'E/RES/2015/26',
  preamble: [{ kind: 'para', id: 'preamble-1', items: [] }],
  body: [
    { kind: 'heading', id: 'section-1' },
    { kind: 'para', id: 'para-12', items: [{ kind: 'para', id: 'para-12-a', items: [] }] },
  ],
  annexes: [{ id: 'annex-1', body: [{ kind: 'para', id: 'annex-1-para-3', items: [] }] }],
};

/** A host serving `models` (URL path → model) under `/archive/`; records every request. */
function host(models: Record<string, unknown>, failing = false): { get: Fetcher; asked: string[] } {
  const asked: string[] = [];
  const get: Fetcher = async (url, init) => {
    asked.push(`${init?.method ?? 'GET'} ${url}`);
    if (failing) return { ok: false, status: 503, json: async () => null };
    const model = models[url];
    return model === undefined ? { ok: false, status: 404, json: async () => null } : { ok: true, status: 200, json: async () => model };
  };
  return { get, asked };
}

describe('locateJump', () => {
  it('links the page’s version at the paragraph, which its model lists', async () => {
    const { get, asked } = host({ '/archive/zh/E/RES/2015/26.json': MODEL });
    const target = await locateJump({ symbol: 'E/RES/2015/26', para: '12' }, 'zh', get, '/archive/');
    expect(target).toEqual({ held: true, symbol: 'E/RES/2015/26', lang: 'zh', para: '12', href: '/archive/zh/E/RES/2015/26/#para-12' });
    expect(asked).toEqual(['GET /archive/zh/E/RES/2015/26.json']);
  });

  it('links the page without an anchor when the paragraph is not there', async () => {
    const { get } = host({ '/archive/zh/E/RES/2015/26.json': MODEL });
    const target = await locateJump({ symbol: 'E/RES/2015/26', para: '99' }, 'zh', get, '/archive/');
    expect(target).toEqual({ held: true, symbol: 'E/RES/2015/26', lang: 'zh', href: '/archive/zh/E/RES/2015/26/' });
  });

  it('asks with HEAD only, when no paragraph is asked for', async () => {
    const { get, asked } = host({ '/zh/E/RES/2015/26.json': MODEL });
    const target = await locateJump({ symbol: 'E/RES/2015/26' }, 'zh', get, '/');
    expect(target).toEqual({ held: true, symbol: 'E/RES/2015/26', lang: 'zh', href: '/zh/E/RES/2015/26/' });
    expect(asked).toEqual(['HEAD /zh/E/RES/2015/26.json']);
  });

  it('falls back to the first version held in the UN’s order, and checks the anchor there', async () => {
    const { get } = host({ '/archive/zh/E/RES/2015/26.json': MODEL, '/archive/ru/E/RES/2015/26.json': MODEL });
    const target = await locateJump({ symbol: 'E/RES/2015/26', para: '12' }, 'en', get, '/archive/');
    expect(target).toEqual({ held: true, symbol: 'E/RES/2015/26', lang: 'zh', para: '12', href: '/archive/zh/E/RES/2015/26/#para-12' });
  });

  it('sends a symbol held in no language to undocs.org in the page’s language', async () => {
    const { get } = host({});
    expect(await locateJump({ symbol: 'E/RES/1999/1', para: '3' }, 'fr', get, '/')).toEqual({
      held: false,
      symbol: 'E/RES/1999/1',
      href: 'https://undocs.org/fr/E/RES/1999/1',
    });
  });

  it('does not ask the host about documents other than resolutions', async () => {
    const { get, asked } = host({});
    const target = await locateJump({ symbol: 'E/CN.16/2015/2' }, 'ar', get, '/');
    expect(target).toEqual({ held: false, symbol: 'E/CN.16/2015/2', href: 'https://undocs.org/ar/E/CN.16/2015/2' });
    expect(asked).toEqual([]);
  });

  it('rejects when the host cannot answer, rather than call the resolution missing', async () => {
    const { get } = host({}, true);
    await expect(locateJump({ symbol: 'E/RES/2015/26' }, 'zh', get, '/')).rejects.toThrow(/503/);
  });
});

describe('hasId', () => {
  it('finds ids in the body, sub-paragraphs and annexes, and nothing else', () => {
    expect(hasId(MODEL, 'para-12')).toBe(true);
    expect(hasId(MODEL, 'para-12-a')).toBe(true);
    expect(hasId(MODEL, 'annex-1-para-3')).toBe(true);
    expect(hasId(MODEL, 'para-3')).toBe(false);
    expect(hasId(null, 'para-1')).toBe(false);
  });
});

describe('citedNumber', () => {
  it('is the number as a reader cites it', () => {
    expect(citedNumber('E/RES/2015/26')).toBe('2015/26');
    expect(citedNumber('A/RES/79/1')).toBe('79/1');
    expect(citedNumber('E/RES/1296(XLIV)')).toBe('1296 (XLIV)');
  });
});
