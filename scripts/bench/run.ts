import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured command took: wall time, the peak resident memory of its largest process, its output. */
export interface Measured {
  seconds: number;
  /** Peak RSS (VmHWM) of the largest process in the command's process tree, in bytes. */
  peakBytes: number;
  /** The name of that process ("node", "pagefind_extend"…). */
  peakProcess: string;
  /** The most the whole tree held at once: the largest sum of its processes' RSS (VmRSS) over the samples, in bytes. */
  peakTreeBytes: number;
  /** By kind of process (processKind): the peak RSS of the largest one, and the CPU seconds (user + system) of them all, as last sampled. */
  kinds: Record<string, { peakBytes: number; cpuSeconds: number }>;
  output: string;
}

/**
 * What a process of the build is, from its command line: `conversion` (scripts/build.ts and its
 * worker threads), `astro` (an `astro build` of a slice or the lists), `pagefind` (its indexing
 * service), `cards` (the share cards' drawing), `orchestrator` (scripts/site.ts), else `other`.
 */
export function processKind(commandLine: string): string {
  if (commandLine.includes('astro.mjs')) return 'astro';
  if (commandLine.includes('pagefind')) return 'pagefind';
  if (commandLine.includes('draw-cards')) return 'cards';
  if (commandLine.includes('scripts/build.ts')) return 'conversion';
  if (commandLine.includes('scripts/site.ts')) return 'orchestrator';
  return 'other';
}

const TICKS_PER_SECOND = 100;

/** The peak RSS of every process whose ancestry reaches `root`, by pid (Linux /proc), and its CPU seconds so far; returns what the tree holds now. */
function treePeaks(root: number, into: Map<number, number>, names: Map<number, string>, cpu: Map<number, number>, kinds: Map<number, string>): number {
  let now = 0;
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      // utime and stime, fields 14 and 15 of stat (11 and 12 after the name), in clock ticks.
      cpu.set(Number(name), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND);
    } catch {
      // gone meanwhile
    }
  }
  for (const pid of parent.keys()) {
    let p: number | undefined = pid;
    while (p !== undefined && p > 1 && p !== root) p = parent.get(p);
    if (p !== root) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const hwm = /VmHWM:\s+(\d+) kB/.exec(status);
      if (hwm) into.set(pid, Math.max(into.get(pid) ?? 0, Number(hwm[1]) * 1024));
      now += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      if (!names.has(pid)) names.set(pid, readFileSync(`/proc/${pid}/comm`, 'utf8').trim());
      if (!kinds.has(pid)) kinds.set(pid, processKind(readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')));
    } catch {
      // gone meanwhile
    }
  }
  return now;
}

/**
 * Runs a command, echoing its output (so progress stays visible), polling its process tree's
 * memory every 250 ms, and fails if it fails.
 */
export function measure(command: string, args: string[], options: { cwd: string; env?: Record<string, string>; quiet?: boolean }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const peaks = new Map<number, number>();
    const names = new Map<number, string>();
    const cpu = new Map<number, number>();
    const kindOf = new Map<number, string>();
    const chunks: string[] = [];
    let peakTreeBytes = 0;
    const poll = setInterval(() => {
      if (child.pid) peakTreeBytes = Math.max(peakTreeBytes, treePeaks(child.pid, peaks, names, cpu, kindOf));
    }, 250);
    const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      chunks.push(chunk.toString());
      if (!options.quiet) stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) {
        const peak = Math.max(0, ...peaks.values());
        const tail = chunks.join('').split('\n').slice(-15).join('\n');
        return reject(new Error(`${command} ${args.join(' ')}: ${signal ?? `exit ${code}`} after ${seconds.toFixed(0)} s, peak ${(peak / 2 ** 20).toFixed(0)} MB\n${tail}`));
      }
      const [pid, peakBytes] = [...peaks].reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0]);
      const kinds: Measured['kinds'] = {};
      for (const [each, kind] of kindOf) {
        const figures = (kinds[kind] ??= { peakBytes: 0, cpuSeconds: 0 });
        figures.peakBytes = Math.max(figures.peakBytes, peaks.get(each) ?? 0);
        figures.cpuSeconds += cpu.get(each) ?? 0;
      }
      resolve({ seconds, peakBytes, peakProcess: names.get(pid) ?? '?', peakTreeBytes, kinds, output: chunks.join('') });
    });
  });
}
