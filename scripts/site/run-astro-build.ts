import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { crashesAt, crashPoint } from '../lib/crash-point.ts';

/** What one `astro build` of a part of the site is told: which pages, from where, to where. */
export interface AstroBuildOptions {
  root: string;
  /** `pages` (a slice of resolution pages) or `lists` (everything else). */
  part: 'pages' | 'lists';
  /** The generated folder it reads (ARCHIVE_GENERATED_DIR). */
  generated: string;
  outDir: string;
  /** Astro's cache folder for this part, so that its content store persists from one build to the next. */
  cacheDir: string;
  /** V8 heap limit of the build's Node process, in MB, when set. */
  heapMb?: number;
  /** The version of the site's code and settings (site-version.ts): the resolutions loader keeps a page's rendered text under it. */
  renderVersion: string;
}

/**
 * Runs `astro build` for one part of the site in a Node process of its own, so that its memory
 * is returned when it ends. Its output is kept, not shown (a line per page, 20,000 lines), and
 * printed only, the last 60 lines of it, when the build fails.
 */
export function runAstroBuild(options: AstroBuildOptions): Promise<void> {
  const args = [...(options.heapMb ? [`--max-old-space-size=${options.heapMb}`] : []), join(options.root, 'node_modules/astro/bin/astro.mjs'), 'build'];
  const child = spawn(process.execPath, args, {
    cwd: options.root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // A production build whatever the caller runs under: Vite takes an inherited NODE_ENV (Vitest
      // sets "test") as is, and then builds with import.meta.env.DEV true, in which the site
      // reloads its catalogue and links for every page (src/utils/archive.ts): minutes for the lists.
      NODE_ENV: 'production',
      ARCHIVE_PART: options.part,
      ARCHIVE_GENERATED_DIR: options.generated,
      ARCHIVE_OUT_DIR: options.outDir,
      ARCHIVE_CACHE_DIR: options.cacheDir,
      ARCHIVE_RENDER_VERSION: options.renderVersion,
      // The assembled site is indexed once, per language (scripts/site.ts), not each part.
      ARCHIVE_PAGEFIND: '0',
    },
  });
  const tail: string[] = [];
  // A test of the caches stops the build dead while this part writes its pages (crash-point.ts).
  const stage = options.part === 'pages' ? 'render' : 'lists';
  const crash = crashesAt(stage);
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    if (crash && text.includes('generating static routes')) setTimeout(() => crashPoint(stage, () => child.kill('SIGKILL')), 300);
    tail.push(...text.split('\n'));
    if (tail.length > 200) tail.splice(0, tail.length - 60);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const why = signal ? `was killed by ${signal}` : `exited with ${code}`;
      reject(new Error(`astro build of ${options.outDir} ${why}; its last lines:\n${tail.slice(-60).join('\n')}`));
    });
  });
}
