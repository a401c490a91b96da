import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ResolutionSchema, type Resolution } from '../schemas/resolution.ts';
import { generatedDir } from './generated-dir.ts';

/**
 * The model files scripts/build.ts writes, `.generated/models/{lang}/{symbol}.json`, for the
 * routes and pages that read a resolution's model (its citations, its downloads) one at a time.
 */
const MODELS = join(generatedDir(), 'models');

/** Every model file under the models folder, as paths relative to it: "zh/E/RES/2015/26.json". */
export function modelFiles(dir = MODELS, prefix = ''): string[] {
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

/** Reads and validates one model, by its path relative to the models folder. */
export function readModelFile(path: string): Resolution {
  return ResolutionSchema.parse(JSON.parse(readFileSync(join(MODELS, path), 'utf8')));
}

/** Reads and validates the model of one resolution in one language (its file is named by the symbol as printed). */
export function readModel(lang: string, symbol: string): Resolution {
  return readModelFile(`${lang}/${symbol}.json`);
}
