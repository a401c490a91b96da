import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Builds the whole site once for the site tests: sources → `.generated/` (scripts/build.ts),
 * then the site in slices (scripts/site.ts, with Pagefind) into `.cache/test-dist`, as `npm run build` does. It builds under a sub-path, so
 * that every test also checks that the site's links honour Astro's `base`.
 */
export const SITE_DIR = '.cache/test-dist';
/**
 * A second, small site: the seed plus the synthetic resolutions of `tests/fixtures/site`, which
 * cite it, so that citation links and "cited by" can be checked across pages. Built first: the
 * seed-only build runs last and leaves `.generated/` as the other site tests expect it.
 */
export const XREF_SITE_DIR = '.cache/test-dist-xref';
/**
 * The second site once more, in one `astro build` instead of slices: the sliced build must write
 * the same bytes (tests/site/sliced-build.test.ts).
 */
export const XREF_WHOLE_SITE_DIR = '.cache/test-dist-xref-whole';
/**
 * The second site built again from nothing, as `npm run build` builds it (default slices, no cache):
 * two builds of the same sources must be the same bytes (tests/site/deterministic-build.test.ts).
 */
export const XREF_AGAIN_SITE_DIR = '.cache/test-dist-xref-again';
/** The sources the second site adds to the bundled content. */
export const XREF_SOURCES = 'tests/fixtures/site';
/** The sub-path the test site is built for, as a host serving it under `/archive/` would. */
export const SITE_BASE = '/archive/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the built site. */
    siteDir: string;
    /** Its base path, with slashes: `/archive/`. */
    siteBase: string;
    /** Absolute path of the second site (seed + tests/fixtures/site), under the same base, built one page a slice. */
    xrefSiteDir: string;
    /** The same site built by one `astro build`. */
    xrefWholeSiteDir: string;
    /** The same site built again by scripts/build.ts and scripts/site.ts, with no cache. */
    xrefAgainSiteDir: string;
  }
}

/** Vitest global setup: build once, share where. */
export default function setup(project: TestProject): void {
  const root = resolve(import.meta.dirname, '../..');
  const siteDir = resolve(root, SITE_DIR);
  // The Node running Vitest (the project's Node 24), whatever else is first on PATH.
  const node = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

  const build = (outDir: string, env: Record<string, string>) => {
    node(['scripts/build.ts'], env);
    node(['scripts/site.ts'], { ...env, ARCHIVE_OUT_DIR: outDir, ARCHIVE_BASE: SITE_BASE });
  };
  const xrefSiteDir = resolve(root, XREF_SITE_DIR);
  const xrefWholeSiteDir = resolve(root, XREF_WHOLE_SITE_DIR);
  // One page a slice: every page of the second site is rendered by an `astro build` of its own.
  build(xrefSiteDir, { ARCHIVE_SOURCES: XREF_SOURCES, ARCHIVE_SLICE_PAGES: '1', ARCHIVE_NO_CACHE: '1' });
  rmSync(xrefWholeSiteDir, { recursive: true, force: true });
  // A production build, as scripts/site.ts runs its parts (Vitest's NODE_ENV=test would make it a development one).
  node([resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { ARCHIVE_SOURCES: XREF_SOURCES, ARCHIVE_OUT_DIR: xrefWholeSiteDir, ARCHIVE_BASE: SITE_BASE, NODE_ENV: 'production' });
  const xrefAgainSiteDir = resolve(root, XREF_AGAIN_SITE_DIR);
  build(xrefAgainSiteDir, { ARCHIVE_SOURCES: XREF_SOURCES, ARCHIVE_NO_CACHE: '1' });
  build(siteDir, {});

  project.provide('siteDir', siteDir);
  project.provide('siteBase', SITE_BASE);
  project.provide('xrefSiteDir', xrefSiteDir);
  project.provide('xrefWholeSiteDir', xrefWholeSiteDir);
  project.provide('xrefAgainSiteDir', xrefAgainSiteDir);
}
