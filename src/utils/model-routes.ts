import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ResolutionSchema, type Resolution } from '../schemas/resolution.ts';
import { buildsResolutionPages } from './build-part.ts';
import { generatedDir } from './generated-dir.ts';

/*
 * The routes that serve each resolution page's model in another form (`/zh/E/RES/2015/26.json`,
 * `.akn.xml`, the citation downloads) read the model files scripts/build.ts writes
 * (`.generated/models/{lang}/{symbol}.json`), one at a time, validated as they are served: a
 * content collection of them would hold every model in the build's memory and data store at
 * once, for nothing the pages need.
 */

/** Every model file, relative to the models folder ("zh/E/RES/2015/26.json"), sorted. */
function modelFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix === '' ? name : `${prefix}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) return modelFiles(dir, path);
      return name.endsWith('.json') ? [path] : [];
    });
}

/** The params (language, symbol as printed) and props (model file) of each model route; none unless this build renders resolution pages. */
export function modelRoutePaths(): { params: { lang: string; symbol: string }; props: { path: string } }[] {
  if (!buildsResolutionPages) return [];
  return modelFiles(join(generatedDir(), 'models')).map((path) => {
    // "zh/E/RES/2015/26.json": the language, then the symbol exactly as printed.
    const [lang, ...symbol] = path.slice(0, -'.json'.length).split('/');
    return { params: { lang: lang!, symbol: symbol.join('/') }, props: { path } };
  });
}

/** The model of one route's file, validated. */
export function readRouteModel(path: string): Resolution {
  return ResolutionSchema.parse(JSON.parse(readFileSync(join(generatedDir(), 'models', path), 'utf8')));
}
