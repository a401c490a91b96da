import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ResolutionSchema } from '../../schemas/resolution.ts';
import { buildsResolutionPages } from '../../utils/build-part.ts';
import { generatedDir } from '../../utils/generated-dir.ts';

/**
 * The model of each resolution page (CONTRACT.md), `/zh/E/RES/2015/26.json`, pretty-printed.
 * Read straight from the model files scripts/build.ts writes (`.generated/models/{lang}/{symbol}.json`),
 * one at a time, and validated as it is served: a content collection of them would hold every
 * model in the build's memory and data store at once, for nothing the pages need.
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

/** Serves one model as JSON. */
export const GET: APIRoute<{ path: string }> = ({ props }) => {
  const model = ResolutionSchema.parse(JSON.parse(readFileSync(join(MODELS, props.path), 'utf8')));
  return new Response(`${JSON.stringify(model, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
