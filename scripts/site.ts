/**
 * Generated sources -> the site in `dist/`, in slices (`npm run build` runs it after
 * scripts/build.ts). One `astro build` of 20,000 MDX pages holds every page's module at once
 * and runs out of memory (docs/performance.md); so the archive is rendered in slices of at most
 * ARCHIVE_SLICE_PAGES pages (1,500 by default), one language and a run of years each, every
 * slice knowing the whole archive through the catalogue. A slice whose pages and whose
 * dependencies (citations, cited by, languages held) are unchanged since the last build is not
 * rendered again, and a language whose pages are unchanged is not indexed again. Each page's
 * share card (Open Graph image) is drawn alongside the rendering, and only when its text changed.
 *
 * Env: ARCHIVE_OUT_DIR, ARCHIVE_BASE (as for Astro), ARCHIVE_SLICE_PAGES, ARCHIVE_ASTRO_HEAP_MB
 * (V8 heap cap of each Astro process), ARCHIVE_PAGEFIND=0 (no search index), ARCHIVE_INDEX_ALONGSIDE=0
 * (index after each language's rendering, not during the next's), ARCHIVE_NO_CACHE=1 (render everything
 * again, share cards included).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closePagefind, mergeBundles, writeLanguageBundle } from '../src/integrations/pagefind-bundle.ts';
import { LANGS } from '../src/schemas/lang.ts';
import { CatalogueCardSchema, type CatalogueCard } from '../src/schemas/catalogue-card.ts';
import type { LinksFile, PageLinks } from '../src/schemas/page-links.ts';
import { generatedDir } from '../src/utils/generated-dir.ts';
import { indexLinks } from '../src/utils/index-cards.ts';
import { readPreviousConversion, type ManifestEntry } from './lib/manifest.ts';
import { assembleDist, type RenderedPart } from './site/assemble-dist.ts';
import { linksForSlice, pageDependencies } from './site/page-dependencies.ts';
import { planSlices, type Slice } from './site/plan-slices.ts';
import { runAstroBuild } from './site/run-astro-build.ts';
import { writeSliceInput, type SliceData } from './site/slice-input.ts';
import { siteVersion } from './site/site-version.ts';
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
// Pagefind indexes a language while the next one renders (faster: two cores busy), unless
// ARCHIVE_INDEX_ALONGSIDE=0: then one large process at a time (less memory at once).
const alongside = settings.indexAlongside;
// Each output folder keeps its own cache, so that building the tests' sites does not evict dist's.
const work = join(root, '.cache/site', createHash('sha256').update(outDir).digest('hex').slice(0, 12));
const statePath = join(work, 'state.json');

interface State {
  slices: Record<string, string>;
  lists?: string;
  pagefind: Record<string, string>;
}

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

function readState(): State {
  if (settings.noCache) return { slices: {}, pagefind: {} };
  try {
    return JSON.parse(readFileSync(statePath, 'utf8')) as State;
  } catch {
    return { slices: {}, pagefind: {} };
  }
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

/** Renders one part unless its digest says its output is already there; `inputs` gives the catalogue and links it reads. */
async function renderPart(name: string, part: 'pages' | 'lists', ids: readonly string[], digest: string, previous: string | undefined, inputs: (part: 'pages' | 'lists', ids: readonly string[]) => SliceData): Promise<boolean> {
  const out = join(work, 'out', name);
  if (previous === digest && existsSync(out)) return false;
  const input = join(work, 'input', name);
  writeSliceInput(generated, input, ids, inputs(part, ids));
  rmSync(out, { recursive: true, force: true });
  await runAstroBuild({ root, part, generated: input, outDir: out, cacheDir: join(work, 'astro', name), heapMb });
  rmSync(input, { recursive: true, force: true });
  return true;
}

/** The steps of a build, in order. */
async function buildSite(): Promise<void> {
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
  const previous = readState();
  const state: State = { slices: {}, pagefind: {} };
  mkdirSync(work, { recursive: true });
  progress(`${cards.length} pages in ${slices.length} slices of at most ${slicePages}`);

  // 2. Draw the share cards that are not in the cache (.cache/og/), alongside the rendering, in a
  //    process of lower priority: they take the CPU that Astro and Pagefind leave.
  const cardsStarted = performance.now();
  const drawing = drawCardsInProcess(join(generated, 'catalogue.json'), join(root, '.cache/og'), !settings.noCache).then((drawn) => ({ ...drawn, seconds: seconds(cardsStarted) }));
  // A failure is thrown where the drawing is awaited (step 5), once the rendering has ended.
  drawing.catch(() => undefined);

  // 3. Render the slices that changed, one `astro build` each, language by language. Once a
  //    language's slices are rendered, Pagefind indexes its models (search-records.ts) while the
  //    next language renders: Astro keeps one core busy, Pagefind the other.
  let rendered = 0;
  let pagesRendered = 0;
  let indexed = 0;
  let indexSeconds = 0;
  let indexing: Promise<void> = Promise.resolve();
  let indexFailure: unknown;
  const renderStarted = performance.now();
  const langs = LANGS.filter((lang) => slices.some((slice) => slice.lang === lang));
  const sliceDir = (slice: Slice) => join(work, 'out', slice.name);
  for (const lang of langs) {
    const ofLang = slices.filter((slice) => slice.lang === lang);
    for (const slice of ofLang) {
      const digest = sliceDigest(slice, version, dependencies, converted);
      state.slices[slice.name] = digest;
      const sliceStarted = performance.now();
      if (await renderPart(slice.name, 'pages', slice.ids, digest, previous.slices[slice.name], inputs)) {
        rendered++;
        pagesRendered += slice.ids.length;
        const rate = pagesRendered / ((performance.now() - renderStarted) / 1000);
        const after = slices.slice(slices.indexOf(slice) + 1).reduce((sum, s) => sum + s.ids.length, 0);
        progress(`rendered slice ${slices.indexOf(slice) + 1}/${slices.length} (${slice.name}, ${slice.ids.length} pages in ${seconds(sliceStarted)} s): ${rate.toFixed(1)} pages/s, ${(after / rate).toFixed(0)} s left`);
      }
      writeFileSync(statePath, JSON.stringify({ ...previous, slices: { ...previous.slices, ...state.slices } }));
    }
    if (!settings.pagefind) continue;
    const digest = sha(ofLang.map((slice) => state.slices[slice.name]).join('\0') + version);
    state.pagefind[lang] = digest;
    const bundle = join(work, 'pagefind', lang);
    if (previous.pagefind[lang] === digest && existsSync(join(bundle, 'pagefind-entry.json'))) continue;
    indexing = indexing.then(async () => {
      if (indexFailure) return;
      const langStarted = performance.now();
      try {
        await writeLanguageBundle(generated, lang, bundle);
        indexed++;
      } catch (error) {
        // Kept, not thrown: the rendering goes on, and the build fails once it has waited for both.
        indexFailure = error;
      }
      indexSeconds += (performance.now() - langStarted) / 1000;
    });
    if (!alongside) await indexing;
  }
  const renderSeconds = seconds(renderStarted);

  // 4. Render everything else once: homes, year lists, search pages, the catalogue.
  const listsStarted = performance.now();
  state.lists = sha(`${version}\0${readFileSync(join(generated, 'catalogue.json'))}`);
  if (await renderPart('lists', 'lists', [], state.lists, previous.lists, inputs)) progress(`rendered the lists, homes and search pages in ${seconds(listsStarted)} s`);
  const listsSeconds = seconds(listsStarted);

  // 5. Wait for the search indexes and the cards.
  await indexing;
  await closePagefind();
  if (indexFailure) throw indexFailure;
  const drawn = await drawing;

  // 6. Put the site together from the parts, search bundle included, each card beside its page; drop the parts of slices that no longer exist.
  const parts: RenderedPart[] = [...slices.map((slice) => ({ dir: sliceDir(slice), role: 'pages' as const })), { dir: join(work, 'out', 'lists'), role: 'lists' }];
  const assembled = assembleDist(outDir, parts);
  placeCards(outDir, cards, drawn.files);
  if (settings.pagefind) mergeBundles(langs.map((lang) => join(work, 'pagefind', lang)), join(outDir, 'pagefind'));
  for (const name of Object.keys(previous.slices)) {
    if (!(name in state.slices)) rmSync(join(work, 'out', name), { recursive: true, force: true });
  }
  writeFileSync(statePath, JSON.stringify(state));

  // 7. One summary line; a line more when the cards could not be drawn.
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
