// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { STYLE_TO_CLASS } from './src/docs/code-classes.ts';
import { CODE_THEMES, WHOLE_LINES } from './src/docs/code-themes.ts';
import { alignClasses } from './src/docs/align-classes.ts';
import { externalLinks } from './src/docs/external-links.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { readSettings } from './src/config/settings.ts';

// Checked as scripts/build.ts and scripts/site.ts check them (src/config/settings.ts): a bad
// ARCHIVE_BASE or ARCHIVE_SITE is refused with its name here too, when Astro runs alone.
const settings = readSettings(process.env, import.meta.dirname);

/**
 * The archive is a static site. `ARCHIVE_OUT_DIR` and `ARCHIVE_BASE` let the tests (and a host
 * that serves the archive under a sub-path such as `/archive/`) build it elsewhere without
 * editing this file; every link goes through `src/utils/paths.ts`, which honours the base.
 */
export default defineConfig({
  output: 'static',
  outDir: settings.outDir,
  base: settings.base,
  // The host the archive is served from (`https://example.org`): absolute URLs need it (hreflang,
  // Open Graph, feed ids, the sitemap, citations). Without it those are root-relative and there is no sitemap.
  ...(settings.site ? { site: settings.site } : {}),
  // scripts/site.ts gives each slice of the archive a cache of its own, so that slices do not
  // evict each other's entries from Astro's content store between builds.
  ...(process.env.ARCHIVE_CACHE_DIR ? { cacheDir: process.env.ARCHIVE_CACHE_DIR } : {}),
  // `/zh/E/RES/2015/26/` is the contract's URL: a directory per page, always with its slash.
  trailingSlash: 'always',
  // Stylesheets stay files, however small: the Content-Security-Policy allows no inline style
  // (src/head/content-security-policy.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), pagefind()],
  // Code in the docs (/en/docs/): two themes, no colour of either inlined (`defaultColor: false`),
  // so that the page's CSS picks one by `prefers-color-scheme`, as it does every other colour;
  // each colour a class, not a style attribute (src/docs/code-classes.ts).
  // Tables' column alignment as classes, links to other sites with rel="noopener noreferrer".
  markdown: {
    shikiConfig: { themes: CODE_THEMES, defaultColor: false, transformers: [WHOLE_LINES, STYLE_TO_CLASS] },
    processor: satteri({ hastPlugins: [alignClasses, externalLinks] }),
  },
  vite: {
    build: {
      // Astro 7 inlines small page scripts into the HTML, and an inlined `import()` of a file
      // outside the bundle (Pagefind's pagefind.js) keeps Vite's unreplaced `__VITE_PRELOAD__`
      // marker, a ReferenceError at run time (withastro/astro#17265). Scripts stay files.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro's own wrapper of every content entry starts with a `"use astro:head-inject"`
        // directive that the bundler warns about, once per resolution page: noise, not news.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
