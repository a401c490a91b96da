import { defineConfig } from 'vitest/config';

// Three projects: `unit`, pure tests of the code, the inner loop (`npm run test:unit`, no build, no
// browser, no process started); `build`, tests that run the build's scripts or the cards' drawing
// as processes or read whole corpora (bad sources, versions, the benchmark's corpus, every corpus
// file through the importers and the Akoma Ntoso export); `site`, whose tests share builds of the whole archive (sources -> MDX -> Astro ->
// Pagefind) made by their global setup. `npm test` runs all three.
const BUILD_TESTS = [
  'tests/scripts/bad-sources-build.test.ts',
  'tests/scripts/bad-sources.test.ts',
  'tests/scripts/parse.test.ts',
  'tests/scripts/settings.test.ts',
  'tests/scripts/source-files.test.ts',
  'tests/scripts/versions.test.ts',
  'tests/scripts/write-failures.test.ts',
  'tests/scripts/bench-corpus.test.ts',
  'tests/export/akn/corpus.test.ts',
  'tests/pipeline/akn/corpus.test.ts',
  'tests/pipeline/pdf/corpus.test.ts',
  'tests/pipeline/cross-source.test.ts',
  'tests/pipeline/citations/corpus-recall.test.ts',
  'tests/og-card/draw-cards.test.ts',
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          testTimeout: 30_000,
          include: ['tests/pipeline/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/cite/**/*.test.ts', 'tests/search/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/head/**/*.test.ts', 'tests/feeds/**/*.test.ts', 'tests/docs/**/*.test.ts', 'tests/og-card/**/*.test.ts', 'tests/document-html/**/*.test.ts'],
          exclude: BUILD_TESTS,
        },
      },
      // Processes started, whole corpora read: seconds each, more on a busy machine.
      { test: { name: 'build', testTimeout: 60_000, include: BUILD_TESTS } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // The corpus builds first: the seed build must be the last to write .generated/.
          globalSetup: ['tests/site/corpus-setup.ts', 'tests/site/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
