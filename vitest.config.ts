import { defineConfig } from 'vitest/config';

// Two projects: the pipeline's unit tests run at once; the site's tests share one build of the
// whole archive (sources -> MDX -> Astro -> Pagefind) made by their global setup.
export default defineConfig({
  test: {
    projects: [
      // Some unit tests start processes (npm run parse) or write a benchmark corpus: seconds, more on a busy machine.
      { test: { name: 'unit', testTimeout: 30_000, include: ['tests/pipeline/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/cite/**/*.test.ts', 'tests/search/**/*.test.ts', 'tests/export/**/*.test.ts', 'tests/head/**/*.test.ts', 'tests/feeds/**/*.test.ts', 'tests/docs/**/*.test.ts', 'tests/og-card/**/*.test.ts', 'tests/document-html/**/*.test.ts'] } },
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
