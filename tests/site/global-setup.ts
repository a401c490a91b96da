import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Builds the whole site once for the site tests: sources → `.generated/` (scripts/build.ts),
 * then `astro build` (with Pagefind) into `.cache/test-dist`. It builds under a sub-path, so
 * that every test also checks that the site's links honour Astro's `base`.
 */
export const SITE_DIR = '.cache/test-dist';
/**
 * A second, small site: the seed plus the synthetic resolutions of `tests/fixtures/site`, which
 * cite it, so that citation links and "cited by" can be checked across pages. Built first: the
 * seed-only build runs last and leaves `.generated/` as the other site tests expect it.
 */
export const XREF_SITE_DIR = '.cache/test-dist-xref';
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
    /** Absolute path of the second site (seed + tests/fixtures/site), under the same base. */
    xrefSiteDir: string;
  }
}

/** Vitest global setup: build once, share where. */
export default function setup(project: TestProject): void {
  const root = resolve(import.meta.dirname, '../..');
  const siteDir = resolve(root, SITE_DIR);
  // The Node running Vitest (the project's Node 24), whatever else is first on PATH.
  const node = (args: string[], env: Record<string, string> = {}) =>
    execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });

  const build = (outDir: string, sources: Record<string, string>) => {
    node(['scripts/build.ts'], sources);
    rmSync(outDir, { recursive: true, force: true });
    node([resolve(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      ...sources,
      ARCHIVE_OUT_DIR: outDir,
      ARCHIVE_BASE: SITE_BASE,
    });
  };
  const xrefSiteDir = resolve(root, XREF_SITE_DIR);
  build(xrefSiteDir, { ARCHIVE_SOURCES: XREF_SOURCES });
  build(siteDir, {});

  project.provide('siteDir', siteDir);
  project.provide('siteBase', SITE_BASE);
  project.provide('xrefSiteDir', xrefSiteDir);
}
