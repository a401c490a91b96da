/**
 * `npm run bench -- --docs N`: how the archive's build scales, against a floor.
 *
 *  1. Make a deterministic corpus of N documents (scripts/bench/corpus.ts): the real AKN files
 *     of ../shared/corpus/ecosoc-akn copied under rewritten symbols and years.
 *  2. Ours: conversion (scripts/build.ts, sources -> .generated/) then the site (scripts/site.ts:
 *     MDX content collections rendered in slices, then Pagefind per language), into
 *     .cache/bench/N/ours, both from cold caches; each timed, with the peak memory of the largest
 *     process in its tree. Then one source is changed and both run again: the rebuild.
 *  3. The floor (scripts/bench/floor.ts): a bare Astro project under .cache/bench/floor that writes
 *     the same pages from the model JSON files, then Pagefind, into .cache/bench/N/floor.
 *  4. Measure both sites: size and file count, resolution page sizes (gzip), the bytes above
 *     each page's own text, the JavaScript a page loads, and a first search in Chromium.
 *  5. Print the table (and write it as JSON to .cache/bench/N/results.json), then regenerate
 *     .generated/ from the bundled sources, so that the working tree is as it was.
 *
 * Options: --docs N (default 700), --skip-floor, --skip-search, --skip-rebuild, --heap-mb M (V8 heap
 * cap of every Node process, as NODE_OPTIONS=--max-old-space-size=M), --keep (leave .generated/ as the bench made it).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './bench/corpus.ts';
import { writeFloorProject } from './bench/floor.ts';
import { measureDist, type DistFigures } from './bench/measure-dist.ts';
import { firstSearch, type SearchFigures } from './bench/first-search.ts';
import { measure, type Measured } from './bench/run.ts';
import { printTable, type Row } from './bench/table.ts';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '700' },
    'skip-floor': { type: 'boolean' },
    'skip-search': { type: 'boolean' },
    'skip-rebuild': { type: 'boolean' },
    'heap-mb': { type: 'string' },
    keep: { type: 'boolean' },
  },
});
const n = Number(values.docs);
if (!Number.isInteger(n) || n < 1) throw new Error(`--docs ${values.docs}: a whole number of documents, please`);
const node = process.execPath;
const astro = join(root, 'node_modules/astro/bin/astro.mjs');
const work = join(root, '.cache/bench', String(n));
mkdirSync(work, { recursive: true });
if (values['heap-mb']) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${Number(values['heap-mb'])}`.trim();
const log = (line: string) => process.stdout.write(`bench: ${line}\n`);
const summaryOf = (m: Measured) => /build: \d+ resolution pages[^\n]*/.exec(m.output)?.[0] ?? '';
// The floor's integration logs "wrote the index in X s"; scripts/site.ts "N languages indexed in X s".
const pagefindSeconds = (m: Measured) => Number(/(?:wrote the index|languages indexed)[^\n]*? in ([\d.]+) s/.exec(m.output)?.[1] ?? NaN);
// scripts/site.ts: "… slices rendered (N pages) in X s, lists in Y s, …": Astro's own time.
const renderingSeconds = (m: Measured) => {
  const found = /slices rendered \(\d+ pages\) in ([\d.]+) s, lists in ([\d.]+) s/.exec(m.output);
  return found ? Number(found[1]) + Number(found[2]) : undefined;
};
// scripts/site.ts: "N share cards drawn (M from the cache) in X s".
const cardFigures = (m: Measured) => {
  const found = /(\d+) share cards drawn \(\d+ from the cache\) in ([\d.]+) s/.exec(m.output);
  return found ? { drawn: Number(found[1]), seconds: Number(found[2]) } : undefined;
};
// A resolution page: /{lang}/E/RES/... or /{lang}/A/RES/...
const resolutionPage = (relative: string) => /^[a-z]{2}\/[A-Z]\/RES\//.test(relative);

// 1. The corpus.
const corpus = join(work, 'corpus');
const generated = generateCorpus(join(root, '../shared/corpus/ecosoc-akn'), corpus, n);
log(`${generated.documents.length} documents written to ${corpus}`);
const sources = `${corpus.slice(root.length + 1)}`;

// 2. Ours: conversion from a cold cache, the Astro build, then a conversion after one source changed.
rmSync(join(root, '.cache/convert'), { recursive: true, force: true });
// Cold: neither the cache nor the last conversion's pages (its manifest) may save any work.
const conversion = await measure(node, ['scripts/build.ts'], { cwd: root, env: { ARCHIVE_SOURCES: sources, ARCHIVE_NO_CACHE: '1' }, quiet: true });
log(summaryOf(conversion));
const oursDist = join(work, 'ours');
rmSync(oursDist, { recursive: true, force: true });
const oursBuild = await measure(node, ['scripts/site.ts'], { cwd: root, env: { ARCHIVE_OUT_DIR: oursDist, ARCHIVE_NO_CACHE: '1' } });
writeFileSync(join(work, 'ours-build.log'), oursBuild.output);
let rebuildSeconds: number | null = null;
if (!values['skip-rebuild']) {
  const changed = join(corpus, generated.documents[0]?.file ?? '');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/<\/p>/, ' (changed by the benchmark)</p>'));
  const reconversion = await measure(node, ['scripts/build.ts'], { cwd: root, env: { ARCHIVE_SOURCES: sources }, quiet: true });
  log(`after one source changed: ${summaryOf(reconversion)}`);
  const rebuild = await measure(node, ['scripts/site.ts'], { cwd: root, env: { ARCHIVE_OUT_DIR: oursDist } });
  writeFileSync(join(work, 'ours-rebuild.log'), rebuild.output);
  rebuildSeconds = reconversion.seconds + rebuild.seconds;
  log(`rebuild: conversion ${reconversion.seconds.toFixed(1)} s, site ${rebuild.seconds.toFixed(1)} s (${/site: \d+ pages: [^\n]*/.exec(rebuild.output)?.[0] ?? ''})`);
}

// 3. The floor, from the models the conversion wrote.
let floor: { build: Measured; dist: DistFigures; search: SearchFigures | null } | null = null;
const floorDist = join(work, 'floor');
if (!values['skip-floor']) {
  const project = join(root, '.cache/bench/floor');
  writeFloorProject(root, project);
  rmSync(floorDist, { recursive: true, force: true });
  const build = await measure(node, [astro, 'build'], { cwd: project, env: { ARCHIVE_OUT_DIR: floorDist, BENCH_MODELS: join(root, '.generated/models') }, quiet: true });
  writeFileSync(join(work, 'floor-build.log'), build.output);
  floor = { build, dist: measureDist(floorDist, resolutionPage), search: null };
}

// 4. Measure both sites.
const oursFigures = measureDist(oursDist, resolutionPage);
const query = 'development';
const oursSearch = values['skip-search'] ? null : await firstSearch(oursDist, `en/search/?q=${query}`, '.search-result');
// The same in Chinese, searched by character terms (src/search/character-terms.ts): 发展, "development".
const oursSearchZh = values['skip-search'] ? null : await firstSearch(oursDist, `zh/search/?q=${encodeURIComponent('发展')}`, '.search-result');
if (floor && !values['skip-search']) floor.search = await searchFloor(floorDist, query);

// 5. The table.
const rows: Row[] = [
  {
    name: 'ours',
    documents: (/build: (\d+) resolution pages/.exec(conversion.output)?.[1] ?? '?') as string,
    conversion,
    astro: oursBuild,
    pagefind: pagefindSeconds(oursBuild),
    rendering: renderingSeconds(oursBuild),
    cards: cardFigures(oursBuild),
    dist: oursFigures,
    search: oursSearch,
    searchZh: oursSearchZh,
    rebuild: rebuildSeconds,
  },
];
if (floor) rows.push({ name: 'floor', documents: rows[0]?.documents ?? '?', conversion: null, astro: floor.build, pagefind: pagefindSeconds(floor.build), dist: floor.dist, search: floor.search, searchZh: null, rebuild: null });
const table = printTable(rows);
process.stdout.write(`\n${table}\n`);
writeFileSync(join(work, 'results.json'), `${JSON.stringify({ n, rows, table }, null, 2)}\n`);
writeFileSync(join(work, 'results.md'), `${table}\n`);

if (!values.keep) {
  // Leave the working tree's .generated/ as the bundled sources make it.
  await measure(node, ['scripts/build.ts'], { cwd: root, quiet: true });
}

/** The floor has no search page of its own: a page that loads Pagefind's API and runs one search, as ours does. */
async function searchFloor(dist: string, q: string): Promise<SearchFigures> {
  const dir = join(dist, 'en/search');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><meta charset="utf-8"><ol id="r"></ol><script type="module">
const pf = await import('/pagefind/pagefind.js');
const search = await pf.search(new URLSearchParams(location.search).get('q'));
const first = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
document.getElementById('r').innerHTML = first.map((d) => '<li class="search-result">' + d.meta.title + '</li>').join('');
</script></html>\n`,
  );
  if (!existsSync(join(dist, 'pagefind/pagefind.js'))) throw new Error(`${dist}: no Pagefind index`);
  readFileSync(join(dir, 'index.html'));
  return firstSearch(dist, `en/search/?q=${q}`, '.search-result');
}
