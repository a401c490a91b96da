/**
 * Sources -> model -> MDX. Reads every source (content/ and ARCHIVE_SOURCES), imports it into
 * the model, and writes one MDX page and one model JSON per resolution and language into
 * .generated/, where Astro's content collections read them. `npm run build` then runs Astro,
 * whose Pagefind integration indexes the pages.
 *
 * Each source's result is cached in .cache/convert/ by the sha256 of its bytes, its path and
 * the pipeline's code, so a rebuild converts only the sources that changed (ARCHIVE_NO_CACHE=1
 * converts everything). Results are written as they come: memory stays flat at any corpus size.
 *
 * A source that cannot be read is reported with its file name and skipped; ARCHIVE_STRICT=1
 * makes that, and any importer warning, fail the build.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { catalogueCard } from '../src/pipeline/emit/catalogue-card.ts';
import { renderMdx } from '../src/pipeline/emit/mdx.ts';
import { importSource } from '../src/pipeline/import-source.ts';
import { SourceError } from '../src/pipeline/source-error.ts';
import type { CatalogueCard } from '../src/schemas/catalogue-card.ts';
import { generatedDir } from '../src/utils/generated-dir.ts';
import { convertCache, pipelineVersion, type Converted } from './lib/convert-cache.ts';
import { findSources } from './lib/find-sources.ts';
import { progress } from './lib/progress.ts';
import { generatedWriter, writeIfChanged } from './lib/write-generated.ts';

const root = join(import.meta.dirname, '..');
const strict = process.env.ARCHIVE_STRICT === '1';
const useCache = process.env.ARCHIVE_NO_CACHE !== '1';
const started = performance.now();

// 1. Find the sources.
const { files, problems } = findSources(root, process.env.ARCHIVE_SOURCES);
const cache = convertCache(join(root, '.cache/convert'), pipelineVersion(root));

/** Imports one source into the model and renders its page; a source that cannot be read is refused, not fatal. */
async function convert(bytes: Uint8Array, source: string): Promise<Converted> {
  try {
    const result = await importSource(bytes, source);
    return {
      key: `${result.resolution.lang}/${result.resolution.symbol}`,
      mdx: renderMdx(result, source),
      model: `${JSON.stringify(result.resolution, null, 2)}\n`,
      card: catalogueCard(result),
      warnings: result.resolution.warnings,
    };
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { refused: error.message };
  }
}

// 2. Convert each source (or take its cached result) and write its page and model at once.
//    One version of each resolution per language: the sources are sorted, the first is kept.
const generated = generatedDir(root);
const mdxWriter = generatedWriter(join(generated, 'resolutions'));
const modelWriter = generatedWriter(join(generated, 'models'));
const kept = new Map<string, string>();
const cards: CatalogueCard[] = [];
const warnings: string[] = [];
let converted = 0;
const shown = progress('build: converting', files.length);
for (const file of files) {
  const source = relative(root, file);
  const bytes = readFileSync(file);
  const key = cache.keyOf(bytes, source);
  let result = useCache ? cache.get(key) : null;
  if (!result) {
    result = await convert(bytes, source);
    converted++;
    if (useCache) cache.set(key, result);
  }
  shown.tick();
  if ('refused' in result) {
    problems.push(result.refused);
    continue;
  }
  const first = kept.get(result.key);
  if (first !== undefined) {
    const [lang, ...symbol] = result.key.split('/');
    problems.push(`${source}: ${symbol.join('/')} in "${lang}" is already read from ${first}; refused`);
    continue;
  }
  kept.set(result.key, source);
  mdxWriter.write(`${result.key}.mdx`, result.mdx);
  modelWriter.write(`${result.key}.json`, result.model);
  cards.push(result.card);
  warnings.push(...result.warnings.map((w) => `${source}: ${w}`));
}
shown.done();
const written = mdxWriter.finish();
modelWriter.finish();

// 3. The catalogue: one card per page, sorted by id, so the same sources give the same bytes.
cards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
// One card a line: a diff of two catalogues reads as the pages that changed.
writeIfChanged(join(generated, 'catalogue.json'), `[\n${cards.map((card) => JSON.stringify(card)).join(',\n')}\n]\n`);

// 4. Report: warnings and refusals with their files, then one summary line.
for (const line of [...problems, ...warnings]) process.stderr.write(`build: ${line}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `build: ${kept.size} resolution pages from ${files.length} sources (${converted} converted, ${files.length - converted} from cache; ${written.written} written, ${written.removed} removed), ${problems.length} refused, ${warnings.length} warnings, ${seconds} s\n`,
);
if (strict && problems.length + warnings.length > 0) process.exitCode = 1;
