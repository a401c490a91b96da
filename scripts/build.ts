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
 * A source that cannot be read is reported with its file name and skipped; of two sources of one
 * page, one is kept by what they hold and the other refused; anchors a page loses against another
 * version of it (the refused one, or the last build's) and pages no source gives any more are
 * reported as risks to existing links. ARCHIVE_STRICT=1 makes any refusal, risk or importer
 * warning fail the build. The terminal shows a handful of each one by one, more counted by kind;
 * every one, with its file and line, goes to .generated/build-report.txt. A page the disk cannot
 * take (full, or a name too long) is refused by its source's name; a full disk fails the build.
 */
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { anchorIds, anchorsLost } from '../src/pipeline/anchor-ids.ts';
import { sourceKind } from '../src/pipeline/import-source.ts';
import { SourceError } from '../src/pipeline/source-error.ts';
import type { CatalogueCard } from '../src/schemas/catalogue-card.ts';
import type { Resolution } from '../src/schemas/resolution.ts';
import type { PageLinks } from '../src/schemas/page-links.ts';
import { generatedDir } from '../src/utils/generated-dir.ts';
import { convertCache, pipelineVersion, type Converted } from './lib/convert-cache.ts';
import { chooseVersion, type SourceVersion } from './lib/choose-version.ts';
import { convertPool } from './lib/convert-pool.ts';
import { findSources } from './lib/find-sources.ts';
import { jsonByLine, readPreviousConversion, type ManifestEntry } from './lib/manifest.ts';
import { progress } from './lib/progress.ts';
import { acquireBuildLock } from './lib/build-lock.ts';
import { settingsAtStart } from './lib/settings-at-start.ts';
import { reportText, terminalLines } from './lib/build-report.ts';
import { readSource } from './lib/read-source.ts';
import { generatedWriter, writeIfChanged } from './lib/write-generated.ts';
import { machineFailure, writeFailure } from './lib/write-failure.ts';

const root = join(import.meta.dirname, '..');
// Every setting, the site's too, checked before any work: `npm run build` fails at once on a bad one.
const settings = settingsAtStart('build', root);
const strict = settings.strict;
const useCache = !settings.noCache;
const started = performance.now();

// 1. Find the sources.
const { files, problems } = findSources(root, settings.sources.join(':'), settings.contentDir);
const cache = convertCache(join(root, '.cache/convert'), pipelineVersion(root));

// 2. Convert each source (or take its cached result) and write its page and model at once.
//    One version of each resolution per language: of two sources of one page, the one kept is
//    chosen by what they hold (scripts/lib/choose-version.ts), whatever order they came in.
const generated = generatedDir(root);
// One build at a time writes .generated/: a second one stops with a message instead of mixing files with the first.
try {
  acquireBuildLock(join(generated, 'build.lock'), generated);
} catch (error) {
  process.stderr.write(`build: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
// Pages and models are staged and put in place only at the end (write-generated.ts): a build that
// fails, is refused or is stopped leaves .generated/ as the last complete build made it.
const mdxWriter = generatedWriter(join(generated, 'resolutions'));
const modelWriter = generatedWriter(join(generated, 'models'));
const pages = new Map<string, Page>();
// What the last conversion wrote: reused unless ARCHIVE_NO_CACHE=1, compared with in any case (pages gone).
const lastBuild = readPreviousConversion(generated);
const previous = useCache ? lastBuild : { pages: new Map<string, ManifestEntry>(), cards: new Map<string, CatalogueCard>(), links: new Map<string, PageLinks>() };
const previousBySource = new Map([...previous.pages].map(([id, entry]) => [entry.source, { id, ...entry }]));
// The anchors each changed page had in the last build, to tell which of them its new version drops.
const anchorsBefore = new Map<string, string[]>();
const risks: string[] = [];
let unchanged = 0;
let converted = 0;
// A page the machine could not write (a full disk): the build fails, strict or not, since the site would lack it.
let machineFailed = false;
const shown = progress('build: converting', files.length);
const pool = convertPool(settings.convertWorkers);

/** One page of this build: the source kept for it, and what the catalogue, links and manifest say of it. */
interface Page {
  version: SourceVersion;
  card: CatalogueCard;
  links: PageLinks;
  entry: ManifestEntry;
}

/** One source on its way: unchanged since the last run, or its result (from the cache, or a worker's, still coming). */
interface Job {
  source: string;
  key: string;
  bytes: Uint8Array;
  /** The source could not be read (a FIFO, no permission, too large): the message naming it. */
  refused?: string;
  unchanged?: { id: string; card: CatalogueCard; links: PageLinks; entry: ManifestEntry };
  result?: Promise<Converted>;
}

/** Starts a source: what the last run and the cache know of it, else a conversion on a worker. */
function start(file: string): Job {
  const source = relative(root, file);
  let bytes: Uint8Array;
  try {
    bytes = readSource(file, source);
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    return { source, key: '', bytes: new Uint8Array(), refused: error.message };
  }
  const key = cache.keyOf(bytes, source);
  const before = previousBySource.get(source);
  const card = before?.key === key ? previous.cards.get(before.id) : undefined;
  const pageLinks = before?.key === key ? previous.links.get(before.id) : undefined;
  if (before && card && pageLinks) return { source, key, bytes, unchanged: { id: before.id, card, links: pageLinks, entry: { source, key, warnings: before.warnings, reissue: before.reissue ?? null } } };
  const cached = useCache ? cache.get(key) : null;
  if (cached) return { source, key, bytes, result: Promise.resolve(cached) };
  converted++;
  return { source, key, bytes, result: pool.convert(bytes, source).then((result) => (useCache && cache.set(key, result), result)) };
}

/** Takes a source's result: a page, or a second version of one already taken (then one of the two is refused). */
async function finish(job: Job): Promise<void> {
  const { source, key, unchanged: same } = job;
  if (job.refused !== undefined) {
    problems.push(job.refused);
    return;
  }
  // Unchanged, and its page and model still there: nothing to read or write.
  if (same && !pages.has(same.id) && mdxWriter.keep(`${same.id}.mdx`) && modelWriter.keep(`${same.id}.json`)) {
    pages.set(same.id, { version: versionOf(job, same.entry), card: same.card, links: same.links, entry: same.entry });
    unchanged++;
    return;
  }
  const result = await (job.result ?? (useCache ? cache.get(key) : null) ?? pool.convert(job.bytes, source));
  if ('refused' in result) {
    problems.push(result.refused);
    return;
  }
  const entry: ManifestEntry = { source, key, warnings: result.warnings, reissue: result.reissue };
  const page: Page = { version: versionOf(job, entry, result.kind), card: result.card, links: result.links, entry };
  const incumbent = pages.get(result.key);
  if (incumbent) {
    const choice = chooseVersion(incumbent.version, page.version);
    const [lang, ...symbol] = result.key.split('/');
    problems.push(`${choice.refused.source}: ${symbol.join('/')} in "${lang}" is also read from ${choice.kept.source}, which is kept (${choice.reason}); refused`);
    const keptModel = choice.kept === page.version ? result.model : readModel(result.key);
    const refusedModel = choice.kept === page.version ? readModel(result.key) : result.model;
    reportLostAnchors(result.key, anchorsLost(anchorIdsOf(refusedModel), anchorIdsOf(keptModel)), `${choice.refused.source}, the version refused,`);
    if (choice.kept !== page.version) return;
  } else if (!anchorsBefore.has(result.key)) {
    const before = readModel(result.key);
    if (before !== null && before !== result.model) anchorsBefore.set(result.key, anchorIdsOf(before));
  }
  // A page that cannot be written (a 300-digit number makes a name too long; a full disk) is
  // refused by its source's name: the other sources go on.
  const written = [mdxWriter, modelWriter].every((writer, i) => {
    const path = `${result.key}${i === 0 ? '.mdx' : '.json'}`;
    try {
      writer.write(path, i === 0 ? result.mdx : result.model);
      return true;
    } catch (error) {
      const failure = writeFailure(error, relative(root, join(generated, i === 0 ? 'resolutions' : 'models', path)));
      if (failure === null) throw error;
      problems.push(`${source}: ${failure}; refused`);
      if (machineFailure(error)) machineFailed = true;
      return false;
    }
  });
  if (written) pages.set(result.key, page);
  // Half a page is no page: the file that was written goes too.
  else for (const [writer, path] of [[mdxWriter, `${result.key}.mdx`], [modelWriter, `${result.key}.json`]] as const) writer.forget(path);
}

/** What choosing between two versions of a page needs to know of a source. */
function versionOf(job: Job, entry: ManifestEntry, kind = sourceKind(job.bytes)): SourceVersion {
  return { source: job.source, kind, reissue: entry.reissue, warnings: entry.warnings.length, sha256: createHash('sha256').update(job.bytes).digest('hex') };
}

/** The model JSON this build (or the last one) wrote for a page, or null. */
function readModel(id: string): string | null {
  return modelWriter.read(`${id}.json`);
}

function anchorIdsOf(model: string | null): string[] {
  return model === null ? [] : anchorIds(JSON.parse(model) as Resolution);
}

/** A generated file the build could not write: its message names it. */
class WriteFailure extends Error {}

/** Writes a file the whole build needs (the catalogue, the manifest…); a failure stops the build with a message naming the file. */
function writeOrSay(path: string, content: string): void {
  try {
    writeIfChanged(path, content);
  } catch (error) {
    const failure = writeFailure(error, relative(root, path));
    if (failure === null) throw error;
    throw new WriteFailure(failure);
  }
}

/** Says which pages of the last build no source gives any more: each a line, up to 20, then how many more. */
function reportPagesGone(gone: [string, ManifestEntry][]): void {
  const SHOWN = 20;
  for (const [id, entry] of gone.slice(0, SHOWN)) risks.push(`${id}: no source gives this page any more (it was ${entry.source}): a risk to existing links, which would find no page`);
  if (gone.length > SHOWN) risks.push(`${gone.length - SHOWN} more pages no source gives any more (${gone.length} in all): a risk to existing links, which would find no page`);
}

/** Says which anchors a page's kept version lacks that another version of it had: links to them would land at the top of the page. */
function reportLostAnchors(id: string, lost: string[], other: string): void {
  if (lost.length === 0) return;
  const [lang, ...symbol] = id.split('/');
  const shownIds = lost.length > 8 ? `${lost.slice(0, 8).join(', ')}, … (${lost.length} in all)` : lost.join(', ');
  const count = lost.length === 1 ? '1 anchor' : `${lost.length} anchors`;
  risks.push(`${symbol.join('/')} in "${lang}": ${other} has ${count} the page no longer has (${shownIds}): a risk to existing links, which would land at the top of the page`);
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
// What the last build published and this one changes: anchors gone from a page, pages gone.
for (const [id, before] of anchorsBefore) reportLostAnchors(id, anchorsLost(before, anchorIdsOf(readModel(id))), 'the last build\'s version');
reportPagesGone([...lastBuild.pages].filter(([id]) => !pages.has(id)));
const warnings = [...pages.values()].flatMap((page) => page.entry.warnings.map((warning) => `${page.entry.source}: ${warning}`));
const refusedByStrict = strict && problems.length + risks.length + warnings.length > 0;

// 3. Put the pages and models in place, then the catalogue, the links and the manifest, unless a
//    strict build refuses them or the machine could not write a page: then nothing changes, and
//    the next build finds what this one found. The manifest says which pages are complete: it goes
//    first, and comes back last.
const findings = { refused: problems, risks, warnings };
const reportPath = join(generated, 'build-report.txt');
let written = { written: 0, removed: 0 };
try {
  if (refusedByStrict || machineFailed) {
    mdxWriter.discard();
    modelWriter.discard();
  } else {
    rmSync(join(generated, 'manifest.json'), { force: true });
    written = mdxWriter.finish();
    modelWriter.finish();
    const cards = [...pages.values()].map((page) => page.card);
    const links = new Map([...pages].map(([id, page]) => [id, page.links]));
    const manifest = new Map([...pages].map(([id, page]) => [id, page.entry]));
    // The catalogue: one card per page, sorted by id, so the same sources give the same bytes; one card a line, so that a diff of two reads as the pages that changed.
    cards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    writeOrSay(join(generated, 'catalogue.json'), `[\n${cards.map((card) => JSON.stringify(card)).join(',\n')}\n]\n`);
    // What citation links and "cited by" need of every page, kept out of the catalogue collection.
    writeOrSay(join(generated, 'links.json'), jsonByLine(links));
    // And what each page was made from, so that the next conversion (and scripts/site.ts) knows what changed.
    writeOrSay(join(generated, 'manifest.json'), jsonByLine(manifest));
  }
  // 4. Every refusal, risk and warning with its file and line, in a file of its own.
  writeOrSay(reportPath, reportText(findings));
} catch (error) {
  if (!(error instanceof WriteFailure)) throw error;
  process.stderr.write(`build: ${error.message}\n`);
  process.exit(1);
}

// 5. The terminal: each finding when there are a handful, else counts by kind; then one summary line.
for (const line of terminalLines(findings, relative(process.cwd(), reportPath) || reportPath)) process.stderr.write(`build: ${line}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `build: ${pages.size} resolution pages from ${files.length} sources (${converted} converted, ${unchanged} unchanged, ${files.length - converted - unchanged} from cache; ${written.written} written, ${written.removed} removed), ${problems.length} refused, ${risks.length} ${risks.length === 1 ? 'risk' : 'risks'} to existing links, ${warnings.length} warnings, ${seconds} s\n`,
);
if (machineFailed) {
  process.stderr.write('build: some pages could not be written (a full disk, no permission: see "cannot write"): the build fails; free the space or fix the permissions and build again\n');
  process.exitCode = 1;
}
if (refusedByStrict) {
  process.stderr.write('build: ARCHIVE_STRICT=1 refuses these refusals, risks and warnings: .generated/ is left as the last build made it\n');
  process.exitCode = 1;
}
