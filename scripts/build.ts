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
import type { CatalogueCard } from '../src/schemas/catalogue-card.ts';
import type { PageLinks } from '../src/schemas/page-links.ts';
import { generatedDir } from '../src/utils/generated-dir.ts';
import { convertCache, pipelineVersion, type Converted } from './lib/convert-cache.ts';
import { convertPool } from './lib/convert-pool.ts';
import { findSources } from './lib/find-sources.ts';
import { jsonByLine, readPreviousConversion, type ManifestEntry } from './lib/manifest.ts';
import { progress } from './lib/progress.ts';
import { generatedWriter, writeIfChanged } from './lib/write-generated.ts';

const root = join(import.meta.dirname, '..');
const strict = process.env.ARCHIVE_STRICT === '1';
const useCache = process.env.ARCHIVE_NO_CACHE !== '1';
const started = performance.now();

// 1. Find the sources.
const { files, problems } = findSources(root, process.env.ARCHIVE_SOURCES);
const cache = convertCache(join(root, '.cache/convert'), pipelineVersion(root));

// 2. Convert each source (or take its cached result) and write its page and model at once.
//    One version of each resolution per language: the sources are sorted, the first is kept.
const generated = generatedDir(root);
const mdxWriter = generatedWriter(join(generated, 'resolutions'));
const modelWriter = generatedWriter(join(generated, 'models'));
const kept = new Map<string, string>();
const cards: CatalogueCard[] = [];
const links = new Map<string, PageLinks>();
const previous = useCache ? readPreviousConversion(generated) : { pages: new Map<string, ManifestEntry>(), cards: new Map<string, CatalogueCard>(), links: new Map<string, PageLinks>() };
const previousBySource = new Map([...previous.pages].map(([id, entry]) => [entry.source, { id, ...entry }]));
const manifest = new Map<string, ManifestEntry>();
let unchanged = 0;
const warnings: string[] = [];
let converted = 0;
const shown = progress('build: converting', files.length);
const pool = convertPool();

/** One source on its way: unchanged since the last run, or its result (from the cache, or a worker's, still coming). */
interface Job {
  source: string;
  key: string;
  bytes: Uint8Array;
  unchanged?: { id: string; card: CatalogueCard; links: PageLinks; warnings: string[] };
  result?: Promise<Converted>;
}

/** Starts a source: what the last run and the cache know of it, else a conversion on a worker. */
function start(file: string): Job {
  const source = relative(root, file);
  const bytes = readFileSync(file);
  const key = cache.keyOf(bytes, source);
  const before = previousBySource.get(source);
  const card = before?.key === key ? previous.cards.get(before.id) : undefined;
  const pageLinks = before?.key === key ? previous.links.get(before.id) : undefined;
  if (before && card && pageLinks) return { source, key, bytes, unchanged: { id: before.id, card, links: pageLinks, warnings: before.warnings } };
  const cached = useCache ? cache.get(key) : null;
  if (cached) return { source, key, bytes, result: Promise.resolve(cached) };
  converted++;
  return { source, key, bytes, result: pool.convert(bytes, source).then((result) => (useCache && cache.set(key, result), result)) };
}

/** Takes a source's result, in the sources' order: the first version of a page wins, whatever finished first. */
async function finish(job: Job): Promise<void> {
  const { source, key, unchanged: same } = job;
  // Unchanged, and its page and model still there: nothing to read or write.
  if (same && !kept.has(same.id) && mdxWriter.keep(`${same.id}.mdx`) && modelWriter.keep(`${same.id}.json`)) {
    kept.set(same.id, source);
    cards.push(same.card);
    links.set(same.id, same.links);
    manifest.set(same.id, { source, key, warnings: same.warnings });
    warnings.push(...same.warnings.map((w) => `${source}: ${w}`));
    unchanged++;
    return;
  }
  const result = await (job.result ?? (useCache ? cache.get(key) : null) ?? pool.convert(job.bytes, source));
  if ('refused' in result) {
    problems.push(result.refused);
    return;
  }
  const first = kept.get(result.key);
  if (first !== undefined) {
    const [lang, ...symbol] = result.key.split('/');
    problems.push(`${source}: ${symbol.join('/')} in "${lang}" is already read from ${first}; refused`);
    return;
  }
  kept.set(result.key, source);
  mdxWriter.write(`${result.key}.mdx`, result.mdx);
  modelWriter.write(`${result.key}.json`, result.model);
  cards.push(result.card);
  links.set(result.key, result.links);
  manifest.set(result.key, { source, key, warnings: result.warnings });
  warnings.push(...result.warnings.map((w) => `${source}: ${w}`));
}

// A few sources ahead of the one being written, so that every worker stays busy while memory stays flat.
const AHEAD = 32;
const jobs: Job[] = [];
try {
  for (const file of files) {
    jobs.push(start(file));
    if (jobs.length > AHEAD) {
      await finish(jobs.shift()!);
      shown.tick();
    }
  }
  for (const job of jobs) {
    await finish(job);
    shown.tick();
  }
} finally {
  await pool.close();
}
shown.done();
const written = mdxWriter.finish();
modelWriter.finish();

// 3. The catalogue: one card per page, sorted by id, so the same sources give the same bytes.
cards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
// One card a line: a diff of two catalogues reads as the pages that changed.
writeIfChanged(join(generated, 'catalogue.json'), `[\n${cards.map((card) => JSON.stringify(card)).join(',\n')}\n]\n`);
// What citation links and "cited by" need of every page, kept out of the catalogue collection.
writeIfChanged(join(generated, 'links.json'), jsonByLine(links));
// And what each page was made from, so that the next conversion (and scripts/site.ts) knows what changed.
writeIfChanged(join(generated, 'manifest.json'), jsonByLine(manifest));

// 4. Report: warnings and refusals with their files, then one summary line.
for (const line of [...problems, ...warnings]) process.stderr.write(`build: ${line}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `build: ${kept.size} resolution pages from ${files.length} sources (${converted} converted, ${unchanged} unchanged, ${files.length - converted - unchanged} from cache; ${written.written} written, ${written.removed} removed), ${problems.length} refused, ${warnings.length} warnings, ${seconds} s\n`,
);
if (strict && problems.length + warnings.length > 0) process.exitCode = 1;
