import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { resolutionToAkn } from '../../export/akn/to-akn.ts';
import { ResolutionSchema } from '../../schemas/resolution.ts';
import { buildsResolutionPages } from '../../utils/build-part.ts';
import { generatedDir } from '../../utils/generated-dir.ts';

/**
 * Each resolution page as Akoma Ntoso 3.0 XML (CONTRACT.md), `/zh/E/RES/2015/26.akn.xml`: the
 * same model as `/zh/E/RES/2015/26.json` (see [...symbol].json.ts, whose paths and guards these
 * are), read from `.generated/models/{lang}/{symbol}.json` one at a time, validated, and
 * written by `resolutionToAkn` with the contract's anchor ids as eIds.
 */
const MODELS = join(generatedDir(), 'models');

function modelFiles(dir = MODELS, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix === '' ? name : `${prefix}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) return modelFiles(dir, path);
      return name.endsWith('.json') ? [path] : [];
    });
}

export const getStaticPaths = (() =>
  (buildsResolutionPages ? modelFiles() : []).map((path) => {
    // "zh/E/RES/2015/26.json": the language, then the symbol exactly as printed.
    const [lang, ...symbol] = path.slice(0, -'.json'.length).split('/');
    return { params: { lang, symbol: symbol.join('/') }, props: { path } };
  })) satisfies GetStaticPaths;

/**
 * Serves one model as Akoma Ntoso XML. As `application/xml`, what static hosts send for a `.xml`
 * file, so that the development server and the deployed site agree and a browser shows it
 * (`application/akn+xml` is not a registered type, and browsers download it).
 */
export const GET: APIRoute<{ path: string }> = ({ props }) => {
  const model = ResolutionSchema.parse(JSON.parse(readFileSync(join(MODELS, props.path), 'utf8')));
  return new Response(resolutionToAkn(model), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
