import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Node-only. Writes a file whole or not at all: into `{path}.{pid}.partial` beside it, then
 * renamed over it, so that a build stopped mid-write never leaves half a file under the real name
 * (the cards' cache removes the partial files of processes no longer running).
 */
export function writeAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, content);
  renameSync(partial, path);
}
