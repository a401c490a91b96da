/*
 * Search indexing alone, without a build: Pagefind over our records (writeLanguageBundle, as
 * scripts/site.ts runs it) against Pagefind over the floor's HTML pages of the same models
 * (floor-html.ts, indexed as the floor indexes them: html-bundle.ts), one language
 * at a time, on whatever `.generated/` holds. Issue 15: ours may cost at most 1.3× the HTML's.
 *
 *   node scripts/bench/index-only.ts [--generated DIR] [--langs zh,en] [--what records,html,make]
 *
 * Per language and way: wall seconds, CPU seconds of this Node process and of the Pagefind
 * process (reaped children's time, /proc/self/stat), Pagefind's peak RSS (VmHWM, polled), and
 * for `make` the records alone: how long search-records.ts takes, how many, their JSON bytes.
 * Run it with `node --cpu-prof` to see where Node's part goes.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeLanguageBundle } from '../../src/integrations/pagefind-bundle.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { LANGS, type Lang } from '../../src/schemas/lang.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { searchRecords } from '../../src/search/search-records.ts';
import { writeFloorPages } from './floor-html.ts';
import { writeHtmlBundle } from './html-bundle.ts';

const { values } = parseArgs({
  options: {
    generated: { type: 'string', default: '.generated' },
    langs: { type: 'string', default: LANGS.join(',') },
    what: { type: 'string', default: 'make,records,html' },
  },
});
const generated = resolve(values.generated);
const langs = values.langs.split(',') as Lang[];
const what = new Set(values.what.split(','));
const TICK = 100; // USER_HZ on Linux

/** CPU seconds of the children this process has reaped (cutime and cstime of /proc/self/stat). */
function reapedCpu(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // Fields 16 and 17 of stat, 13 and 14 after the command's closing parenthesis.
  return (Number(fields[13]) + Number(fields[14])) / TICK;
}

/**
 * Watches this process's children (Pagefind's service) until stopped: their peak RSS (VmHWM,
 * polled) and their CPU seconds, read once they have ended and been reaped (a poll would miss
 * their last moments).
 */
function watchChildren(): () => Promise<{ peakBytes: number; cpu: number }> {
  let peakBytes = 0;
  const seen = new Set<string>();
  const before = reapedCpu();
  const poll = () => {
    for (const task of readdirSync('/proc/self/task')) {
      let children: string[] = [];
      try {
        children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(' ').filter(Boolean);
      } catch {
        continue;
      }
      for (const pid of children) {
        try {
          const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          if (hwm) peakBytes = Math.max(peakBytes, Number(hwm[1]) * 1024);
          seen.add(pid);
        } catch {
          // ended meanwhile
        }
      }
    }
  };
  const timer = setInterval(poll, 50);
  return async () => {
    clearInterval(timer);
    for (let wait = 0; wait < 100 && [...seen].some((pid) => existsSync(`/proc/${pid}`)); wait++) await new Promise((done) => setTimeout(done, 20));
    return { peakBytes, cpu: reapedCpu() - before };
  };
}

interface Row {
  lang: Lang;
  way: string;
  seconds: number;
  nodeCpu: number;
  pagefindCpu: number;
  peakMb: number;
  note: string;
}

/** Times one way of indexing one language. */
async function timed(lang: Lang, way: string, run: () => Promise<string>): Promise<Row> {
  const stop = watchChildren();
  const cpu = process.cpuUsage();
  const started = performance.now();
  const note = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const child = await stop();
  return { lang, way, seconds, nodeCpu: (used.user + used.system) / 1e6, pagefindCpu: child.cpu, peakMb: child.peakBytes / 2 ** 20, note };
}

/** The records of one language made and serialised, without Pagefind: search-records.ts's share. */
function makeRecords(lang: Lang): string {
  const cards = (JSON.parse(readFileSync(join(generated, 'catalogue.json'), 'utf8')) as CatalogueCard[]).filter((card) => card.lang === lang);
  let records = 0;
  let bytes = 0;
  let meta = 0;
  for (const card of cards) {
    const model = JSON.parse(readFileSync(join(generated, 'models', `${card.id}.json`), 'utf8')) as Resolution;
    for (const record of searchRecords(model, card)) {
      records++;
      bytes += Buffer.byteLength(JSON.stringify(record));
      meta += Buffer.byteLength(JSON.stringify([record.meta.title, record.filters, record.sort]));
    }
  }
  return `${cards.length} pages, ${records} records, ${(bytes / 2 ** 20).toFixed(1)} MB JSON (${((100 * meta) / bytes).toFixed(0)} % title, filters, sort)`;
}

const work = mkdtempSync(join(tmpdir(), 'index-only-'));
const rows: Row[] = [];
try {
  if (what.has('html')) writeFloorPages(generated, join(work, 'site'), langs);
  for (const lang of langs) {
    if (what.has('make')) rows.push(await timed(lang, 'make records (no Pagefind)', async () => makeRecords(lang)));
    if (what.has('records')) {
      rows.push(await timed(lang, 'records (writeLanguageBundle)', async () => {
        const { pages, records, addSeconds, writeSeconds } = await writeLanguageBundle(generated, lang, join(work, `records-${lang}`));
        return `${pages} pages, ${records} records; adding ${addSeconds.toFixed(1)} s, writing ${writeSeconds.toFixed(1)} s`;
      }));
    }
    if (what.has('html')) rows.push(await timed(lang, 'HTML (floor, html-bundle.ts)', async () => `${(await writeHtmlBundle(join(work, 'site'), lang, join(work, `html-${lang}`))).pages} pages`));
    for (const row of rows.filter((r) => r.lang === lang)) {
      process.stdout.write(`${lang}  ${row.way.padEnd(30)} ${row.seconds.toFixed(1).padStart(6)} s  node ${row.nodeCpu.toFixed(1).padStart(5)} s  pagefind ${row.pagefindCpu.toFixed(1).padStart(5)} s  peak ${row.peakMb.toFixed(0).padStart(5)} MB  ${row.note}\n`);
    }
  }
  for (const way of new Set(rows.map((row) => row.way))) {
    const of = rows.filter((row) => row.way === way);
    const sum = (pick: (row: Row) => number) => of.reduce((total, row) => total + pick(row), 0);
    process.stdout.write(`all ${way.padEnd(30)} ${sum((r) => r.seconds).toFixed(1).padStart(6)} s  node ${sum((r) => r.nodeCpu).toFixed(1).padStart(5)} s  pagefind ${sum((r) => r.pagefindCpu).toFixed(1).padStart(5)} s  peak ${Math.max(...of.map((r) => r.peakMb)).toFixed(0).padStart(5)} MB\n`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
