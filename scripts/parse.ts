/**
 * `npm run --silent parse -- FILE...`: prints the model of each source file as JSON on
 * stdout (one object for one file, an array for several). A file that cannot be read gets
 * a message naming it on stderr, and the exit code is 1.
 */
import { importSource } from '../src/pipeline/import-source.ts';
import { SourceError } from '../src/pipeline/source-error.ts';
import type { Resolution } from '../src/schemas/resolution.ts';
import { readSource } from './lib/read-source.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}

const models: Resolution[] = [];
let failed = false;
for (const file of files) {
  try {
    models.push((await importSource(readSource(file), file)).resolution);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    process.stderr.write(`parse: ${error.message}\n`);
    failed = true;
  }
}
if (models.length > 0) process.stdout.write(`${JSON.stringify(files.length === 1 ? models[0] : models, null, 2)}\n`);
process.exitCode = failed ? 1 : 0;

