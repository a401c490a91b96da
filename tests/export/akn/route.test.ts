import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionToAkn } from '../../../src/export/akn/to-akn.ts';
import { importText } from '../../../src/pipeline/text/import-text.ts';
import type * as AknRoute from '../../../src/pages/[lang]/[...symbol].akn.xml.ts';
import type * as JsonRoute from '../../../src/pages/[lang]/[...symbol].json.ts';
import { comparable, roundTrip, SCHEMA, validate } from './helpers.ts';

/**
 * The route `/{lang}/{symbol}.akn.xml` (src/pages/[lang]/[...symbol].akn.xml.ts), run over a
 * generated folder of its own: the same paths as the `.json` route, and each model as XML.
 */
const seed = importText(readFileSync('content/E-RES-2015-26.zh.txt'), 'E-RES-2015-26.zh.txt').resolution;
const dir = mkdtempSync(join(tmpdir(), 'akn-route-'));
// The routes read their folder when loaded, so they are loaded once it is set.
let route: typeof AknRoute;
let json: typeof JsonRoute;

beforeAll(async () => {
  mkdirSync(join(dir, 'models/zh/E/RES/2015'), { recursive: true });
  writeFileSync(join(dir, 'models/zh/E/RES/2015/26.json'), JSON.stringify(seed));
  mkdirSync(join(dir, 'models/en/E/RES/2021'), { recursive: true });
  writeFileSync(join(dir, 'models/en/E/RES/2021/2 B.json'), JSON.stringify({ ...seed, lang: 'en', symbol: 'E/RES/2021/2 B', number: '2021/2 B' }));
  process.env.ARCHIVE_GENERATED_DIR = dir;
  route = await import('../../../src/pages/[lang]/[...symbol].akn.xml.ts');
  json = await import('../../../src/pages/[lang]/[...symbol].json.ts');
});

afterAll(() => {
  delete process.env.ARCHIVE_GENERATED_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('/{lang}/{symbol}.akn.xml', () => {
  it('has the same paths as /{lang}/{symbol}.json, the symbol’s slashes kept', () => {
    const paths = route.getStaticPaths();
    expect(paths).toEqual(json.getStaticPaths());
    expect(paths.map((p) => p.params)).toEqual([
      { lang: 'en', symbol: 'E/RES/2021/2 B' },
      { lang: 'zh', symbol: 'E/RES/2015/26' },
    ]);
  });

  it('serves the model as Akoma Ntoso XML, in UTF-8, that reads back to the model', async () => {
    const response = await route.GET({ props: { path: 'zh/E/RES/2015/26.json' } } as never);
    expect(response.headers.get('Content-Type')).toBe('application/xml; charset=utf-8');
    const xml = await response.text();
    expect(xml).toBe(resolutionToAkn(seed));
    expect(comparable(roundTrip(seed))).toEqual(comparable(seed));
    if (existsSync(SCHEMA)) expect(validate(new Map([['route', xml]])).get('route')).toEqual([]);
  });

  it('refuses a model file that is not a valid model, as the .json route does', async () => {
    writeFileSync(join(dir, 'models/zh/E/RES/2015/27.json'), JSON.stringify({ ...seed, symbol: 'not a symbol' }));
    await expect(Promise.resolve().then(() => route.GET({ props: { path: 'zh/E/RES/2015/27.json' } } as never))).rejects.toThrow(/symbol/);
  });
});
