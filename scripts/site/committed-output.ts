import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeAtomically } from '../../src/utils/write-atomically.ts';

/*
 * The site's cached parts (a slice's pages, the lists, a language's search bundle) are folders
 * made whole or not at all: each is written into `{dir}.partial`, renamed into place once
 * complete, and only then is its digest written beside it (`{dir}.digest`). A part is reused only
 * when its digest says it was made from the same inputs; a build stopped at any point (a crash,
 * Ctrl-C, a failed Astro build) leaves either the last complete part with its digest, or no
 * digest, and the next build makes the part again. No other record is trusted.
 */

/** The digest a complete part in `dir` was made under; null when there is none, or it is incomplete. */
export function committedDigest(dir: string): string | null {
  if (!existsSync(dir)) return null;
  try {
    return readFileSync(`${dir}.digest`, 'utf8');
  } catch {
    return null;
  }
}

/** The folder a part is written into before it is complete: emptied first, since whatever a stopped build left there is not to be trusted. */
export function partialDir(dir: string): string {
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  return partial;
}

/** Puts a complete part in place of the last one, then records the digest it was made under. */
export function commitPart(dir: string, digest: string): void {
  rmSync(`${dir}.digest`, { force: true });
  rmSync(dir, { recursive: true, force: true });
  renameSync(`${dir}.partial`, dir);
  writeAtomically(`${dir}.digest`, digest);
}

/** Forgets a part (a slice that no longer exists). */
export function dropPart(dir: string): void {
  rmSync(`${dir}.digest`, { force: true });
  rmSync(dir, { recursive: true, force: true });
  rmSync(`${dir}.partial`, { recursive: true, force: true });
}
