import { spawn } from 'node:child_process';
import { availableParallelism, setPriority } from 'node:os';
import { join } from 'node:path';
import type { DrawnCards } from './draw-cards.ts';

/** How much less the drawing process asks of the CPU than the build (a `nice` value, 0–19). */
const CARDS_NICENESS = 10;
/** The drawing's command line program (draw-cards-cli.ts). */
export const DRAW_CARDS_CLI = join(import.meta.dirname, 'draw-cards-cli.ts');
// The end of the process's stderr kept for its failure's message: enough for a stack trace, bounded however much it writes.
const STDERR_KEPT = 16 * 1024;
const STDERR_LINES = 10;

/**
 * Draws the share cards of a catalogue's pages in processes of their own, one per core, each
 * every N-th card, at a lower priority (niceness 10): the cards take the CPU that the slices'
 * rendering and Pagefind leave, and slow neither, then use every core once those are done (one
 * process drew the last cards on one core while the other stood idle). Rejects with why a process
 * failed: its exit code or the signal that killed it, and the last lines of its stderr. `cli` is for tests.
 */
export async function drawCardsInProcess(catalogue: string, cacheDir: string, reuse: boolean, cli = DRAW_CARDS_CLI, processes = availableParallelism()): Promise<DrawnCards> {
  const count = Math.max(1, processes);
  const shards = await Promise.all(Array.from({ length: count }, (_, index) => drawShard(catalogue, cacheDir, reuse, cli, count === 1 ? [] : [`--shard=${index}/${count}`])));
  const files = new Map(shards.flatMap((shard) => [...shard.files]));
  const warning = shards.find((shard) => shard.warning)?.warning;
  const sum = (key: 'drawn' | 'reused' | 'drawMs') => shards.reduce((total, shard) => total + shard[key], 0);
  return { files, drawn: sum('drawn'), reused: sum('reused'), drawMs: sum('drawMs'), ...(warning ? { warning } : {}) };
}

/** One drawing process, over its share of the cards. */
function drawShard(catalogue: string, cacheDir: string, reuse: boolean, cli: string, shard: string[]): Promise<DrawnCards> {
  const child = spawn(process.execPath, [cli, catalogue, cacheDir, ...(reuse ? [] : ['--no-reuse']), ...shard], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    if (child.pid) setPriority(child.pid, CARDS_NICENESS);
  } catch {
    // A system that refuses the priority draws the cards at the build's: slower to share, as correct.
  }
  const out: Buffer[] = [];
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => {
    err = (err + chunk.toString('utf8')).slice(-STDERR_KEPT);
  });
  return new Promise((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`site: the share cards could not be drawn: ${error.message}`)));
    child.on('close', (code, signal) => {
      if (code !== 0) return reject(new Error(`site: the share cards could not be drawn: ${processFailure(code, signal, err)}`));
      try {
        const result = JSON.parse(Buffer.concat(out).toString('utf8')) as Omit<DrawnCards, 'files'> & { files: [string, string][] };
        resolve({ ...result, files: new Map(result.files) });
      } catch (error) {
        reject(new Error(`site: the share cards could not be drawn: the drawing process gave no result it could be read (${error instanceof Error ? error.message : String(error)})`));
      }
    });
  });
}

/**
 * Why a process failed, in one message: its own message when it wrote one and exited with a
 * code; else how it ended (killed by a signal, "out of memory?" for SIGKILL, which is what the
 * kernel's OOM killer sends; or its exit code), then the last lines of its stderr, if any.
 */
export function processFailure(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const lines = stderr.trimEnd().split('\n').filter((line) => line.trim() !== '');
  const tail = lines.slice(-STDERR_LINES).join('\n');
  if (signal === null && code !== null && lines.length > 0 && lines.length <= 2) return tail;
  const how = signal ? `the drawing process was killed by ${signal}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}` : `the drawing process exited with code ${code ?? 'unknown'}`;
  return tail ? `${how}; the end of its stderr:\n${tail}` : `${how}, writing nothing on stderr`;
}
