/**
 * Sources -> model -> MDX. Reads every source (content/ and ARCHIVE_SOURCES), imports it into
 * the model, and writes one MDX page and one model JSON per resolution and language into
 * .generated/, where Astro's content collections read them. `npm run build` then runs Astro,
 * whose Pagefind integration indexes the pages.
 *
 * A source that cannot be read is reported with its file name and skipped; ARCHIVE_STRICT=1
 * makes that, and any importer warning, fail the build.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { renderMdx } from '../src/pipeline/emit/mdx.ts';
import type { Imported } from '../src/pipeline/imported.ts';
import { importSource } from '../src/pipeline/import-source.ts';
import { SourceError } from '../src/pipeline/source-error.ts';
import { findSources } from './lib/find-sources.ts';
import { writeGenerated } from './lib/write-generated.ts';

const root = join(import.meta.dirname, '..');
const strict = process.env.ARCHIVE_STRICT === '1';
const started = performance.now();

// 1. Find the sources.
const { files, problems } = findSources(root, process.env.ARCHIVE_SOURCES);

// 2. Import each into the model; a source that cannot be read is reported, not fatal.
const imported: { source: string; result: Imported }[] = [];
for (const file of files) {
  const source = relative(root, file);
  try {
    imported.push({ source, result: await importSource(readFileSync(file), source) });
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    problems.push(error.message);
  }
}

// 3. One version of each resolution per language: a second is refused, whatever the file order.
const pages = new Map<string, { source: string; result: Imported }>();
for (const entry of imported) {
  const key = `${entry.result.resolution.lang}/${entry.result.resolution.symbol}`;
  const kept = pages.get(key);
  if (!kept) pages.set(key, entry);
  else problems.push(`${entry.source}: ${entry.result.resolution.symbol} in "${entry.result.resolution.lang}" is already read from ${kept.source}; refused`);
}

// 4. Write the MDX pages and the models, removing what no source produces any more.
const mdx = new Map<string, string>();
const models = new Map<string, string>();
for (const [key, { source, result }] of pages) {
  mdx.set(`${key}.mdx`, renderMdx(result, source));
  models.set(`${key}.json`, `${JSON.stringify(result.resolution, null, 2)}\n`);
}
const written = writeGenerated(join(root, '.generated/resolutions'), mdx);
writeGenerated(join(root, '.generated/models'), models);

// 5. Report: warnings and refusals with their files, then one summary line.
const warnings = [...pages.values()].flatMap(({ source, result }) => result.resolution.warnings.map((w) => `${source}: ${w}`));
for (const line of [...problems, ...warnings]) process.stderr.write(`build: ${line}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(`build: ${pages.size} resolution pages from ${files.length} sources (${written.written} written, ${written.removed} removed), ${problems.length} refused, ${warnings.length} warnings, ${seconds} s\n`);
if (strict && problems.length + warnings.length > 0) process.exitCode = 1;
