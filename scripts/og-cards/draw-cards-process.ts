import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import type { DrawnCards } from './draw-cards.ts';

/** How much less the drawing process asks of the CPU than the build (a `nice` value, 0–19). */
const CARDS_NICENESS = 10;

/**
 * Draws the share cards of a catalogue's pages in a process of its own, at a lower priority
 * (niceness 10): the cards take the CPU that the slices' rendering and Pagefind leave, and slow
 * neither, then run at full speed once they are done. Rejects with the process's message if it fails.
 */
export function drawCardsInProcess(catalogue: string, cacheDir: string, reuse: boolean): Promise<DrawnCards> {
  const cli = join(import.meta.dirname, 'draw-cards-cli.ts');
  const child = spawn(process.execPath, [cli, catalogue, cacheDir, ...(reuse ? [] : ['--no-reuse'])], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    if (child.pid) setPriority(child.pid, CARDS_NICENESS);
  } catch {
    // A system that refuses the priority draws the cards at the build's: slower to share, as correct.
  }
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`site: the share cards could not be drawn: ${Buffer.concat(err).toString('utf8').trim()}`));
      const result = JSON.parse(Buffer.concat(out).toString('utf8')) as Omit<DrawnCards, 'files'> & { files: [string, string][] };
      resolve({ ...result, files: new Map(result.files) });
    });
  });
}
