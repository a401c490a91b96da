import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Builds the archive over the shared corpus twice, at `/` and under `/archive/`, for the link
 * check (link-check.test.ts); the build at `/` keeps its Pagefind index, for the recall figures
 * (recall.browser.test.ts). It runs before global-setup.ts, whose seed build must be the last
 * one to write `.generated/`. Without the corpus it builds nothing and the tests say they skip.
 */
export const CORPUS_SOURCES = '../shared/corpus/ecosoc-akn';
/** The corpus site built for `/`. */
export const CORPUS_ROOT_DIR = '.cache/test-dist-corpus-root';
/** The corpus site built for `/archive/`. */
export const CORPUS_ARCHIVE_DIR = '.cache/test-dist-corpus-archive';
/**
 * The host the corpus site at `/` is built for (`ARCHIVE_SITE`), so that its absolute URLs, sitemap
 * and robots.txt are tested (head-metadata.test.ts, feeds.test.ts); the one under `/archive/` has
 * none, as the seed site, and keeps its URLs root-relative.
 */
export const CORPUS_SITE_URL = 'https://archive.example.org';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute paths of the corpus sites by base (`/`, `/archive/`); empty when the corpus is absent. */
    corpusSites: Record<string, string>;
    /** The corpus site that has a search index, and its base; null when the corpus is absent. */
    corpusSearchSite: { dir: string; base: string } | null;
  }
}

/** The base of the corpus build that keeps its search index. */
const SEARCH_BASE = '/';

/** Vitest global setup: the two corpus builds, through `npm run build` as a user runs it. */
export default function setup(project: TestProject): void {
  const root = resolve(import.meta.dirname, '../..');
  const corpusSites: Record<string, string> = {};
  if (existsSync(resolve(root, CORPUS_SOURCES))) {
    for (const [base, dir] of [['/', CORPUS_ROOT_DIR], ['/archive/', CORPUS_ARCHIVE_DIR]] as const) {
      const outDir = resolve(root, dir);
      rmSync(outDir, { recursive: true, force: true });
      const started = performance.now();
      try {
        execFileSync('npm', ['run', '--silent', 'build'], {
          cwd: root,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          maxBuffer: 256 * 1024 * 1024,
          env: {
            ...process.env,
            // The project's Node 24 first, so that npm itself runs on it too (npm puts it first
            // for the scripts in any case).
            PATH: [resolve(root, 'node_modules/.bin'), process.env.PATH].join(delimiter),
            ARCHIVE_SOURCES: CORPUS_SOURCES,
            ARCHIVE_OUT_DIR: outDir,
            ARCHIVE_BASE: base,
            // The link check needs no search index (the build's switch; ignored where absent), the
            // recall test needs one: one build has it, the other is spared the indexing.
            ARCHIVE_PAGEFIND: base === SEARCH_BASE ? '1' : '0',
            ...(base === SEARCH_BASE ? { ARCHIVE_SITE: CORPUS_SITE_URL } : {}),
          },
        });
      } catch (error) {
        // A page list and the importer's warnings are thousands of lines: only a failure shows its end.
        const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
        throw new Error(`corpus build for ${base} failed:\n${tail(stdout)}\n${tail(stderr)}`, { cause: error });
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      process.stderr.write(`corpus-setup: built ${CORPUS_SOURCES} for ${base} into ${dir} in ${seconds} s\n`);
      corpusSites[base] = outDir;
    }
  }
  project.provide('corpusSites', corpusSites);
  const searchDir = corpusSites[SEARCH_BASE];
  project.provide('corpusSearchSite', searchDir ? { dir: searchDir, base: SEARCH_BASE } : null);
}

function tail(text: string): string {
  return text.split('\n').slice(-40).join('\n');
}
