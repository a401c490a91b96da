import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { contentDir } from '../utils/content-dir.ts';

/**
 * The build's settings, read from the environment once, at start, by one function: scripts/build.ts,
 * scripts/site.ts and astro.config.mjs all take them from here. A value the archive cannot use is
 * refused with a message naming the variable and what it accepts ("ARCHIVE_SLICE_PAGES: …"),
 * never replaced by a default in silence, never left for Astro to fail on with a stack trace.
 * README's table of variables says the same.
 */
export interface Settings {
  /** ARCHIVE_SOURCES: more source folders or files, as given (split on ":"). */
  sources: string[];
  /** ARCHIVE_CONTENT_DIR: the folder read in place of the bundled `content/`, absolute (`content/` by default). */
  contentDir: string;
  /** ARCHIVE_STRICT=1: refusals, risks and importer warnings fail the build. */
  strict: boolean;
  /** ARCHIVE_NO_CACHE=1: convert, render and draw everything again. */
  noCache: boolean;
  /** ARCHIVE_BASE: the sub-path the site is served under, "/" by default. */
  base: string;
  /** ARCHIVE_SITE: the http(s) address the site is served from, without a trailing slash; undefined when not set. */
  site: string | undefined;
  /** ARCHIVE_OUT_DIR: the output folder, absolute. */
  outDir: string;
  /** ARCHIVE_PAGEFIND=0: no search index. */
  pagefind: boolean;
  /** ARCHIVE_PAGEFIND_MAX_FRAGMENTS: fragment files per language at most. */
  pagefindMaxFragments: number;
  /** ARCHIVE_SEARCH_RECORD_SIZE: a search record's size in characters. */
  searchRecordSize: number;
  /** ARCHIVE_SLICE_PAGES: resolution pages per `astro build` at most. */
  slicePages: number;
  /** ARCHIVE_ASTRO_HEAP_MB: V8 heap limit of each Astro process, undefined for Node's own. */
  astroHeapMb: number | undefined;
  /** ARCHIVE_CONVERT_WORKERS: conversion threads, undefined for one per core. */
  convertWorkers: number | undefined;
  /** ARCHIVE_INDEX_ALONGSIDE=0: Pagefind waits for each language's rendering. */
  indexAlongside: boolean;
}

/** One or more settings the archive cannot use: the message has a line per setting. */
export class SettingsError extends Error {
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SettingsError';
    this.problems = problems;
  }
}

type Env = Record<string, string | undefined>;

// A segment of a base path: letters, digits and - _ . ~, not starting with a dot (no "." or "..").
const BASE_SEGMENT = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

/**
 * Reads and checks every setting (`root` is the project: relative paths are taken from it).
 * Throws a SettingsError naming each variable that is wrong and what it accepts.
 */
export function readSettings(env: Env = process.env, root: string = process.cwd()): Settings {
  const problems: string[] = [];
  const value = (name: string) => {
    const raw = env[name];
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const show = (text: string) => JSON.stringify(text);

  const flag = (name: string, fallback: boolean): boolean => {
    const raw = value(name);
    if (raw === '1' || raw === '0') return raw === '1';
    if (raw !== undefined) problems.push(`${name}: ${show(raw)} is not 0 or 1; give 1 or 0, or leave it unset`);
    return fallback;
  };

  const whole = (name: string, min: number, max: number, accepts: string): number | undefined => {
    const raw = value(name);
    if (raw === undefined) return undefined;
    const n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      problems.push(`${name}: ${show(raw)} is not ${accepts}`);
      return undefined;
    }
    return n;
  };

  const settings: Settings = {
    sources: (value('ARCHIVE_SOURCES') ?? '').split(':').filter((s) => s.trim() !== ''),
    contentDir: readContentDir(value('ARCHIVE_CONTENT_DIR'), root, problems),
    strict: flag('ARCHIVE_STRICT', false),
    noCache: flag('ARCHIVE_NO_CACHE', false),
    base: readBase(value('ARCHIVE_BASE'), problems),
    site: readSite(value('ARCHIVE_SITE'), problems),
    outDir: readOutDir(value('ARCHIVE_OUT_DIR'), root, problems),
    pagefind: flag('ARCHIVE_PAGEFIND', true),
    pagefindMaxFragments: whole('ARCHIVE_PAGEFIND_MAX_FRAGMENTS', 1, 1_000_000, 'a whole number of fragment files per language, 1 or more (default 1000)') ?? 1000,
    searchRecordSize: whole('ARCHIVE_SEARCH_RECORD_SIZE', 100, 1_000_000, 'a whole number of characters, 100 or more (default 4000)') ?? 4000,
    slicePages: whole('ARCHIVE_SLICE_PAGES', 1, 1_000_000, 'a whole number of pages, 1 or more (default 4000)') ?? 4000,
    astroHeapMb: whole('ARCHIVE_ASTRO_HEAP_MB', 256, 1_048_576, 'a whole number of MB, 256 or more (unset: Node\'s own limit)'),
    convertWorkers: whole('ARCHIVE_CONVERT_WORKERS', 1, 256, 'a whole number of threads from 1 to 256 (unset: one per core)'),
    indexAlongside: flag('ARCHIVE_INDEX_ALONGSIDE', true),
  };
  if (problems.length > 0) throw new SettingsError(problems);
  return settings;
}

let current: Settings | undefined;

/**
 * The settings of this process, read on first use: for modules that need one setting deep in a
 * build, once the entry script (or astro.config.mjs) has checked them all at its start.
 */
export function currentSettings(): Settings {
  current ??= readSettings();
  return current;
}

/** ARCHIVE_BASE: a path of this host, "/archive/"; never another host ("//evil.example/"), "..", a query or a fragment. */
function readBase(raw: string | undefined, problems: string[]): string {
  if (raw === undefined) return '/';
  const segments = raw.split('/');
  const ok = raw.startsWith('/') && !raw.startsWith('//') && segments.slice(1).every((segment, i) => (segment === '' ? i === segments.length - 2 : BASE_SEGMENT.test(segment)));
  if (!ok) problems.push(`ARCHIVE_BASE: ${JSON.stringify(raw)} is not a path on the site's host; give one such as /archive/ (one / first, then names of letters, digits, - _ . ~ between slashes; no "..", "?", "#" or //)`);
  return ok ? raw : '/';
}

/** ARCHIVE_SITE: an http or https address with a host, no user, query or fragment; a path after the host is allowed. */
function readSite(raw: string | undefined, problems: string[]): string | undefined {
  if (raw === undefined) return undefined;
  const refuse = () => {
    problems.push(`ARCHIVE_SITE: ${JSON.stringify(raw)} is not an http or https address; give one such as https://example.org (a path after the host is allowed; no user, "?" or "#")`);
    return undefined;
  };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse();
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '' || url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '' || !/^https?:\/\/[^/]/i.test(raw)) return refuse();
  return raw;
}

/**
 * ARCHIVE_CONTENT_DIR: a folder that exists. Unset, the bundled `content/` (whose absence is only
 * reported by the build, scripts/lib/find-sources.ts); set, a folder named by hand that is not
 * there is a typing error, refused before any work.
 */
function readContentDir(raw: string | undefined, root: string, problems: string[]): string {
  const dir = contentDir(root, { ARCHIVE_CONTENT_DIR: raw });
  if (raw !== undefined && statSync(dir, { throwIfNoEntry: false })?.isDirectory() !== true) {
    problems.push(`ARCHIVE_CONTENT_DIR: ${JSON.stringify(raw)} is not a folder; give a folder of sources read in place of content/, or leave it unset`);
  }
  return dir;
}

/** ARCHIVE_OUT_DIR: any folder but the file system's root, the project or a folder above it (the build empties what it replaces). */
function readOutDir(raw: string | undefined, root: string, problems: string[]): string {
  const dir = resolve(root, raw ?? 'dist');
  const above = relative(dir, resolve(root));
  if (raw !== undefined && (above === '' || (!above.startsWith('..') && !isAbsolute(above)))) {
    problems.push(`ARCHIVE_OUT_DIR: ${JSON.stringify(raw)} is the project or a folder above it; give a folder of its own, such as dist or .cache/site-out`);
  }
  return dir;
}
