/**
 * Generated sources -> the site in `dist/` (`npm run build` runs it after scripts/build.ts). The
 * resolution pages are rendered in slices of at most ARCHIVE_SLICE_PAGES pages (4,000 by default),
 * each a run of years in every language and an `astro build` of its own, which renders its pages'
 * text at content sync (src/loaders/resolutions-loader.ts) while this process writes their exports:
 * a slice bounds one process's memory. Every slice knows the whole archive through the catalogue.
 * Meanwhile Pagefind indexes the models language by language, and the share cards (Open Graph
 * images) are drawn in processes of lower priority. A part whose inputs are unchanged since the last complete build is not made
 * again; a part is recorded as made only once it is whole (site/committed-output.ts).
 *
 * Env: ARCHIVE_OUT_DIR, ARCHIVE_BASE, ARCHIVE_SITE (as for Astro), ARCHIVE_SLICE_PAGES,
 * ARCHIVE_ASTRO_HEAP_MB (V8 heap cap of each Astro process), ARCHIVE_PAGEFIND=0 (no search index),
 * ARCHIVE_INDEX_ALONGSIDE=0 (index before the rendering, not during it), ARCHIVE_NO_CACHE=1
 * (render everything again, share cards included).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closePagefind, mergeBundles, writeLanguageBundle } from '../src/integrations/pagefind-bundle.ts';
import { LANGS } from '../src/schemas/lang.ts';
import { CatalogueCardSchema, type CatalogueCard } from '../src/schemas/catalogue-card.ts';
import type { LinksFile, PageLinks } from '../src/schemas/page-links.ts';
import { seedPath } from '../src/docs/sample.ts';
import { generatedDir } from '../src/utils/generated-dir.ts';
import { indexLinks } from '../src/utils/index-cards.ts';
import { readPreviousConversion, type ManifestEntry } from './lib/manifest.ts';
import { assembleDist, type RenderedPart } from './site/assemble-dist.ts';
import { linksForSlice, pageDependencies } from '../src/utils/page-dependencies.ts';
import { planSlices, type Slice } from './site/plan-slices.ts';
import { runAstroBuild } from './site/run-astro-build.ts';
import { link, writeSliceInput, type SliceData } from './site/slice-input.ts';
import { writeExports } from './site/write-exports.ts';
import { siteVersion } from './site/site-version.ts';
import { acquireBuildLock } from './lib/build-lock.ts';
import { crashPoint } from './lib/crash-point.ts';
import { commitPart, committedDigest, dropPart, partialDir } from './site/committed-output.ts';
import { drawCardsInProcess } from './og-cards/draw-cards-process.ts';
import { settingsAtStart } from './lib/settings-at-start.ts';
import { placeCards } from './og-cards/place-cards.ts';

const root = join(import.meta.dirname, '..');
const started = performance.now();
// Every setting checked at start (src/config/settings.ts): a bad one is named, and nothing is built.
const settings = settingsAtStart('site', root);
const outDir = settings.outDir;
const generated = generatedDir(root);
const slicePages = settings.slicePages;
const heapMb = settings.astroHeapMb;
// Pagefind indexes beside the rendering (faster: two cores busy), unless
// ARCHIVE_INDEX_ALONGSIDE=0: then one large process at a time (less memory at once).
const alongside = settings.indexAlongside;
const reuse = !settings.noCache;
// Each output folder keeps its own cache, so that building the tests' sites does not evict dist's.
const work = join(root, '.cache/site', createHash('sha256').update(outDir).digest('hex').slice(0, 12));

const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const log = (line: string) => process.stdout.write(`site: ${line}\n`);
// Progress: on a terminal, one line rewritten in place; otherwise (CI logs, the benchmark) only the summary.
const tty = process.stdout.isTTY === true;
const progress = (line: string) => {
  if (tty) process.stdout.write(`\rsite: ${line}\x1b[K`);
};

/** The catalogue and the links scripts/build.ts wrote: a clear message if they are missing. */
function readGenerated(): { cards: CatalogueCard[]; links: Map<string, PageLinks> } {
  const path = (name: string) => {
    const file = join(generated, name);
    if (!existsSync(file)) throw new Error(`site: ${file} is missing; run scripts/build.ts (npm run generate) first`);
    return file;
  };
  const cards = CatalogueCardSchema.array().parse(JSON.parse(readFileSync(path('catalogue.json'), 'utf8')));
  const links = new Map(Object.entries(JSON.parse(readFileSync(path('links.json'), 'utf8')) as LinksFile));
  return { cards, links };
}

/**
 * A digest of everything one slice's pages are made of: the site's code, each page's sources
 * (the conversion's key for them, from its manifest, else the generated files' bytes), and what
 * each shows of other pages.
 */
function sliceDigest(slice: Slice, version: string, dependencies: (id: string) => string, converted: ReadonlyMap<string, ManifestEntry>): string {
  const hash = createHash('sha256').update(version);
  for (const id of slice.ids) {
    hash.update(id).update('\0');
    const key = converted.get(id)?.key;
    if (key) hash.update(key).update('\0');
    else {
      hash.update(readFileSync(join(generated, 'resolutions', `${id}.mdx`))).update('\0');
      hash.update(readFileSync(join(generated, 'models', `${id}.json`))).update('\0');
    }
    hash.update(dependencies(id)).update('\0');
  }
  return hash.digest('hex');
}

/** A digest of what one language's search index is made of: the site's code, and each of its pages' sources (conversion key, else model) and catalogue card. */
function languageDigest(cards: readonly CatalogueCard[], version: string, converted: ReadonlyMap<string, ManifestEntry>): string {
  const hash = createHash('sha256').update(version);
  for (const card of [...cards].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    hash.update(card.id).update('\0').update(JSON.stringify(card)).update('\0');
    hash.update(converted.get(card.id)?.key ?? readFileSync(join(generated, 'models', `${card.id}.json`))).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Renders one part unless a complete output made under the same digest is there
 * (committed-output.ts); `inputs` gives the catalogue and links it reads. Its `astro build` writes
 * into a folder of its own, put in place only once the build has succeeded.
 */
async function renderPart(name: string, part: 'pages' | 'lists', ids: readonly string[], digest: string, inputs: (part: 'pages' | 'lists', ids: readonly string[]) => SliceData, renderVersion: string): Promise<boolean> {
  const out = join(work, 'out', name);
  const exportsDir = join(work, 'exports', name);
  if (reuse && committedDigest(out) === digest && (part === 'lists' || committedDigest(exportsDir) === digest)) return false;
  const input = join(work, 'input', name);
  writeSliceInput(generated, input, ids, inputs(part, ids));
  // The docs (in the lists) take their examples from a page of the archive when the seed is gone:
  // the manifest names each page's source (src/docs/sample.ts).
  if (part === 'lists' && existsSync(join(generated, 'manifest.json'))) link(join(generated, 'manifest.json'), join(input, 'manifest.json'));
  // A slice's exports are written here while its `astro build` runs in its own process.
  const rendering = runAstroBuild({ root, part, generated: input, outDir: partialDir(out), cacheDir: join(work, 'astro', name), heapMb, renderVersion });
  rendering.catch(() => undefined);
  if (part === 'pages') {
    await writeExports(ids, { generated, outDir: partialDir(exportsDir), site: settings.site === undefined ? undefined : new URL(settings.site), base: settings.base });
  }
  await rendering;
  commitPart(out, digest);
  if (part === 'pages') commitPart(exportsDir, digest);
  rmSync(input, { recursive: true, force: true });
  return true;
}

/** The steps of a build, in order. */
async function buildSite(): Promise<void> {
  // 0. One build at a time in this output folder: a second one would render into the same parts.
  acquireBuildLock(join(work, 'build.lock'), outDir);

  // 1. Read the catalogue; plan the slices; know what each page depends on.
  const { cards, links } = readGenerated();
  const version = siteVersion(root, { base: process.env.ARCHIVE_BASE, site: process.env.ARCHIVE_SITE, pagefind: process.env.ARCHIVE_PAGEFIND_MAX_FRAGMENTS, searchRecordSize: process.env.ARCHIVE_SEARCH_RECORD_SIZE });
  const slices = planSlices(cards, slicePages);
  const index = indexLinks(links);
  const dependencies = (id: string) => pageDependencies(id, index, links);
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  // A slice of pages reads its own cards and the links its pages need; the lists read every card and no links.
  const inputs = (part: 'pages' | 'lists', ids: readonly string[]): SliceData =>
    part === 'pages' ? { cards: ids.map((id) => cardsById.get(id)!), links: linksForSlice(ids, links) } : { cards, links: {} };
  const converted = readPreviousConversion(generated).pages;
  mkdirSync(work, { recursive: true });
  progress(`${cards.length} pages in ${slices.length} slices of at most ${slicePages}`);

  // 2. Draw the share cards that are not in the cache (.cache/og/), alongside the rendering, in a
  //    process of lower priority: they take the CPU that Astro and Pagefind leave.
  const cardsStarted = performance.now();
  const drawing = drawCardsInProcess(join(generated, 'catalogue.json'), join(root, '.cache/og'), reuse).then((drawn) => ({ ...drawn, seconds: seconds(cardsStarted) }));
  // A failure is thrown where the drawing is awaited (step 5), once the rendering has ended.
  drawing.catch(() => undefined);

  // 3. Index the languages whose pages changed, one at a time, in a process of its own each:
  //    Pagefind reads the models (search-records.ts), not the rendered pages, so it runs on the
  //    other core while the slices render (unless ARCHIVE_INDEX_ALONGSIDE=0: then first, alone).
  let indexed = 0;
  let indexSeconds = 0;
  let indexing: Promise<void> = Promise.resolve();
  let indexFailure: unknown;
  const langs = LANGS.filter((lang) => cards.some((card) => card.lang === lang));
  for (const lang of settings.pagefind ? langs : []) {
    const digest = languageDigest(cards.filter((card) => card.lang === lang), version, converted);
    const bundle = join(work, 'pagefind', lang);
    if (reuse && committedDigest(bundle) === digest) continue;
    indexing = indexing.then(async () => {
      if (indexFailure) return;
      const langStarted = performance.now();
      try {
        await writeLanguageBundle(generated, lang, partialDir(bundle));
        crashPoint('index');
        commitPart(bundle, digest);
        indexed++;
      } catch (error) {
        // Kept, not thrown: the rendering goes on, and the build fails once it has waited for both.
        indexFailure = error;
      }
      indexSeconds += (performance.now() - langStarted) / 1000;
    });
  }
  if (!alongside) await indexing;

  // 4. Render the slices that changed, one `astro build` each.
  let rendered = 0;
  let pagesRendered = 0;
  const renderStarted = performance.now();
  for (const [at, slice] of slices.entries()) {
    const digest = sliceDigest(slice, version, dependencies, converted);
    const sliceStarted = performance.now();
    if (await renderPart(slice.name, 'pages', slice.ids, digest, inputs, version)) {
      rendered++;
      pagesRendered += slice.ids.length;
      const rate = pagesRendered / ((performance.now() - renderStarted) / 1000);
      const after = slices.slice(at + 1).reduce((sum, s) => sum + s.ids.length, 0);
      progress(`rendered slice ${at + 1}/${slices.length} (${slice.name}, ${slice.ids.length} pages in ${seconds(sliceStarted)} s): ${rate.toFixed(1)} pages/s, ${(after / rate).toFixed(0)} s left`);
    }
  }
  const renderSeconds = seconds(renderStarted);

  // 5. Render everything else once: homes, year lists, search pages, the catalogue.
  const listsStarted = performance.now();
  // The docs' examples are part of the lists: the seed's text, else (examples from a page of the
  // archive, src/docs/sample.ts) the manifest, which changes with any page's source.
  const sampleFrom = existsSync(seedPath(root)) ? seedPath(root) : join(generated, 'manifest.json');
  const sampleBytes = existsSync(sampleFrom) ? readFileSync(sampleFrom) : '';
  const listsDigest = sha(`${version}\0${readFileSync(join(generated, 'catalogue.json'))}\0${sha(sampleBytes)}`);
  if (await renderPart('lists', 'lists', [], listsDigest, inputs, version)) progress(`rendered the lists, homes and search pages in ${seconds(listsStarted)} s`);
  const listsSeconds = seconds(listsStarted);

  // 6. Wait for the search indexes and the cards.
  await indexing;
  await closePagefind();
  if (indexFailure) throw indexFailure;
  const drawn = await drawing;

  // 7. Put the site together from the parts, search bundle included, each card beside its page,
  //    in a folder beside the output, which then takes its place: a build stopped before this
  //    leaves the last site whole. Then drop the parts of slices that no longer exist.
  const parts: RenderedPart[] = [
    ...slices.flatMap((slice) => [join(work, 'out', slice.name), join(work, 'exports', slice.name)].map((dir) => ({ dir, role: 'pages' as const }))),
    { dir: join(work, 'out', 'lists'), role: 'lists' },
  ];
  const assembling = partialDir(outDir);
  const assembled = assembleDist(assembling, parts);
  placeCards(assembling, cards, drawn.files);
  if (settings.pagefind) mergeBundles(langs.map((lang) => join(work, 'pagefind', lang)), join(assembling, 'pagefind'));
  rmSync(outDir, { recursive: true, force: true });
  renameSync(assembling, outDir);
  const current = new Set([...slices.map((slice) => slice.name), 'lists']);
  for (const name of existsSync(join(work, 'out')) ? readdirSync(join(work, 'out')) : []) {
    const part = name.replace(/\.(digest|partial)$/, '');
    if (!current.has(part)) {
      dropPart(join(work, 'out', part));
      dropPart(join(work, 'exports', part));
    }
  }

  // 8. One summary line; a line more when the cards could not be drawn.
  if (tty) process.stdout.write('\r\x1b[K');
  log(
    `${cards.length} pages: ${rendered} of ${slices.length} slices rendered (${pagesRendered} pages) in ${renderSeconds} s, lists in ${listsSeconds} s, ${indexed} languages indexed in ${indexSeconds.toFixed(1)} s (alongside the rendering), ${drawn.drawn} share cards drawn (${drawn.reused} from the cache) in ${drawn.seconds} s, ${assembled.files} files in ${outDir}; ${seconds(started)} s`,
  );
  if (drawn.warning) log(`warning: ${drawn.warning}`);
  // Absolute URLs need the host the archive is served from: say what a build without it lacks.
  if (settings.site === undefined) log('ARCHIVE_SITE is not set: no sitemap.xml or robots.txt; Open Graph, hreflang and feed URLs are root-relative');
}

// A failure is a message (a missing catalogue, an Astro build that failed with its last lines), not a stack trace.
buildSite().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
