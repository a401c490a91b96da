import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefindApi from 'pagefind';
import type { CatalogueCard } from '../schemas/catalogue-card.ts';
import type { Lang } from '../schemas/lang.ts';
import type { Resolution } from '../schemas/resolution.ts';
import { searchRecords } from '../search/search-records.ts';
import { currentSettings } from '../config/settings.ts';


/**
 * Records sent to Pagefind and not yet answered, at most. Its service indexes one message at a
 * time; a few waiting keep it busy while this process reads the next models and makes their records.
 */
const RECORDS_IN_FLIGHT = 64;

/** Whether the site is to be indexed at all: ARCHIVE_PAGEFIND=0 skips it (builds that only check pages and links). */
export function indexingEnabled(): boolean {
  return currentSettings().pagefind;
}

/** What writeLanguageBundle did: pages and records indexed, and the seconds spent adding the records and writing the bundle (scripts/bench/index-only.ts reports them). */
export interface BundleWritten {
  pages: number;
  records: number;
  addSeconds: number;
  writeSeconds: number;
}

/**
 * Indexes the resolutions of one language into a Pagefind bundle of its own in `outDir`: the
 * records of search-records.ts (runs of paragraphs, each with its ids and text), read from the
 * models and catalogue scripts/build.ts wrote into `generatedDir`, not from the HTML pages, so
 * the index does not wait for the rendering. One language at a time keeps Pagefind's memory to
 * one language's text (it held every page of every language at once before: 7.3 GB at 10,000
 * documents, docs/performance.md), and lets a rebuild index again only the languages that changed.
 */
export async function writeLanguageBundle(generatedDir: string, lang: Lang, outDir: string): Promise<BundleWritten> {
  const cards = (JSON.parse(readFileSync(join(generatedDir, 'catalogue.json'), 'utf8')) as CatalogueCard[]).filter((card) => card.lang === lang);
  const { index, errors } = await pagefindApi.createIndex({
    // At most this many fragment files per language; beyond it Pagefind bundles several
    // records' fragments into one file. Fewer files (a static host's cap is often 20,000),
    // for more bytes per result loaded (docs/performance.md, "Static hosts").
    // ARCHIVE_PAGEFIND_MAX_FRAGMENTS, or 1,000 (6,000 files for six languages).
    maxFragments: currentSettings().pagefindMaxFragments,
  });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let records = 0;
    const started = performance.now();
    // Records go out as they are made, up to RECORDS_IN_FLIGHT unanswered: one record per message
    // and answer kept Pagefind's service waiting on this process (140 s for 2,000 documents;
    // docs/search.md), and batches of 32 resolutions left it idle while the next batch was made.
    const inFlight = new Set<Promise<void>>();
    let failure: Error | undefined;
    for (const card of cards) {
      const model = JSON.parse(readFileSync(join(generatedDir, 'models', `${card.id}.json`), 'utf8')) as Resolution;
      for (const record of searchRecords(model, card)) {
        const sent: Promise<void> = index
          .addCustomRecord(record)
          .then((answer) => {
            if (answer.errors.length > 0) failure ??= new Error(`Pagefind (${lang}, ${card.symbol}): ${answer.errors.join('; ')}`);
          })
          .catch((error: unknown) => {
            failure ??= error instanceof Error ? error : new Error(String(error));
          })
          .finally(() => inFlight.delete(sent));
        inFlight.add(sent);
        records++;
        if (inFlight.size >= RECORDS_IN_FLIGHT) await Promise.race(inFlight);
      }
      if (failure) break;
    }
    await Promise.all(inFlight);
    if (failure) throw failure;
    const added = performance.now();
    rmSync(outDir, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: outDir });
    if (written.errors.length > 0) throw new Error(`Pagefind (${lang}): ${written.errors.join('; ')}`);
    return { pages: cards.length, records, addSeconds: (added - started) / 1000, writeSeconds: (performance.now() - added) / 1000 };
  } finally {
    await index.deleteIndex();
    // A new Pagefind process for each language: the service does not give memory back after
    // deleteIndex, and over six languages of 3,300 pages one process grew to 5.1 GB (docs/performance.md).
    await pagefindApi.close();
  }
}

/** Ends the Pagefind service, should one still run (writeLanguageBundle ends its own). */
export async function closePagefind(): Promise<void> {
  await pagefindApi.close();
}

interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * Makes one bundle of several one-language bundles: their files side by side (every index,
 * fragment and meta file is named by language and content hash, so none collide) and one
 * `pagefind-entry.json` listing every language, which is how pagefind.js picks the index of
 * the page's `<html lang>`.
 */
export function mergeBundles(bundles: readonly string[], target: string): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  let entry: PagefindEntry | undefined;
  for (const bundle of bundles) {
    if (!existsSync(join(bundle, 'pagefind-entry.json'))) continue;
    for (const name of readdirSync(bundle)) {
      if (name !== 'pagefind-entry.json') cpSync(join(bundle, name), join(target, name), { recursive: true });
    }
    const own = JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
    entry = entry ? { ...entry, languages: { ...entry.languages, ...own.languages } } : own;
  }
  if (entry) writeFileSync(join(target, 'pagefind-entry.json'), JSON.stringify(entry));
}
