/**
 * The recall report of issue 6 over a built site:
 *   node tests/helpers/recall/report.ts <siteDir> <base> [--per-lang N] [--seed S] [--langs zh,en] [--models DIR] [--misses N]
 * Draws the query set from the models the site serves (or `--models`, e.g. `.generated/models`),
 * runs it through the site's Pagefind index in Chromium, prints a table and the first misses of
 * each language, and writes everything (queries, outcomes, figures) to `.cache/recall/report.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../../../src/schemas/lang.ts';
import { DEFAULT_PER_LANG, DEFAULT_SEED, makeQuerySet } from './query-set.ts';
import { runQueries } from './run-queries.ts';
import { BREAKDOWNS, breakdown, formatTable, summarise } from './summary.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'per-lang': { type: 'string', default: String(DEFAULT_PER_LANG) },
    seed: { type: 'string', default: DEFAULT_SEED },
    langs: { type: 'string', default: LANGS.join(',') },
    models: { type: 'string' },
    misses: { type: 'string', default: '10' },
  },
});
const siteDir = resolve(positionals[0] ?? 'dist');
const base = positionals[1] ?? '/';
const langs = values.langs.split(',').filter((lang): lang is Lang => (LANGS as readonly string[]).includes(lang));
const out = (line = '') => process.stdout.write(`${line}\n`);

const generating = performance.now();
const set = makeQuerySet(values.models ? resolve(values.models) : siteDir, langs, { perLang: Number(values['per-lang']), seed: values.seed });
out(`${set.queries.length} queries (seed ${set.seed}, ${set.perLang} per language) drawn in ${((performance.now() - generating) / 1000).toFixed(1)} s`);

const { outcomes, wallMs } = await runQueries(siteDir, base, set.queries, {
  onProgress: (lang, done, total) => process.stderr.write(`\r${lang}: ${done}/${total}${done === total ? '\n' : ''}`),
});
const figures = summarise(outcomes, wallMs);
out();
out(formatTable(figures));
for (const f of figures) {
  out();
  out(`${f.lang}: ${f.queries - f.found} misses (punctuation ${f.missFlags.punctuation}, cuts a word ${f.missFlags.cutsWord}, in more than 20 blocks ${f.missFlags.common})`);
  for (const [name, key] of Object.entries(BREAKDOWNS)) {
    const groups = breakdown(outcomes, f.lang, key);
    if (groups.length > 1) out(`  recall by ${name}: ${groups.map((g) => `${g.group} ${g.recall} % (${g.queries})`).join(', ')}`);
  }
  for (const miss of f.misses.slice(0, Number(values.misses))) {
    out(`  ${JSON.stringify(miss.q)} → ${miss.expected}  ${miss.reason}${miss.rank ? ` (rank ${miss.rank})` : ''}, in ${miss.occurrences} blocks / ${miss.pages} resolutions`);
  }
}

const reportPath = resolve('.cache/recall/report.json');
mkdirSync(resolve('.cache/recall'), { recursive: true });
writeFileSync(reportPath, `${JSON.stringify({ siteDir, base, seed: set.seed, perLang: set.perLang, figures, outcomes }, null, 1)}\n`);
out();
out(`report: ${reportPath}`);
