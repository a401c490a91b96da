import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import type { ModelExport } from '../export/model-exports.ts';
import { ResolutionSchema, type Resolution } from '../schemas/resolution.ts';
import { buildsModelExports } from './build-part.ts';
import { generatedDir } from './generated-dir.ts';

/*
 * The model files scripts/build.ts writes, `.generated/models/{lang}/{symbol}.json`, for the
 * routes and pages that read a resolution's model one at a time (its `.json`, `.akn.xml` and
 * citation downloads; its citations), validated as they are read: a content collection of them
 * would hold every model in the build's memory and data store at once, for nothing the pages need.
 */

/** The models folder of this build (read when asked: a test may point ARCHIVE_GENERATED_DIR elsewhere first). */
function modelsDir(): string {
  return join(generatedDir(), 'models');
}

/** Every model file under the models folder, as paths relative to it: "zh/E/RES/2015/26.json", sorted. */
export function modelFiles(dir = modelsDir(), prefix = ''): string[] {
  return readdirSync(join(dir, prefix))
    .sort()
    .flatMap((name) => {
      const path = prefix === '' ? name : `${prefix}/${name}`;
      if (statSync(join(dir, path)).isDirectory()) return modelFiles(dir, path);
      return name.endsWith('.json') ? [path] : [];
    });
}

/** A model file's language and symbol, as a route's params: "zh/E/RES/2015/26.json" → zh, "E/RES/2015/26". */
export function modelParams(path: string): { lang: string; symbol: string } {
  const [lang = '', ...symbol] = path.slice(0, -'.json'.length).split('/');
  return { lang, symbol: symbol.join('/') };
}

/** The paths of a route serving each model in another form: one per model file, none in a part of a sliced build (which writes the exports itself). */
export function modelRoutePaths(): { params: { lang: string; symbol: string }; props: { path: string } }[] {
  return (buildsModelExports ? modelFiles() : []).map((path) => ({ params: modelParams(path), props: { path } }));
}

/** The route serving one export of each model (src/export/model-exports.ts). */
export function modelExportRoute(exported: ModelExport): APIRoute<{ path: string }> {
  return ({ props, site }) => new Response(exported.body(readModelFile(props.path), site, undefined), { headers: { 'Content-Type': exported.contentType } });
}

/** Reads and validates one model, by its path relative to the models folder: a file edited by hand or left by other code is refused, not served. */
export function readModelFile(path: string): Resolution {
  return ResolutionSchema.parse(JSON.parse(readFileSync(join(modelsDir(), path), 'utf8')));
}

/** Reads and validates the model of one resolution in one language (its file is named by the symbol as printed). */
export function readModel(lang: string, symbol: string): Resolution {
  return readModelFile(`${lang}/${symbol}.json`);
}
