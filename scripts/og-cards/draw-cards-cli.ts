/**
 * `node scripts/og-cards/draw-cards-cli.ts CATALOGUE CACHE_DIR [--no-reuse] [--shard=K/N]`: draws
 * the share cards of a catalogue's pages (draw-cards.ts), or of every N-th from the K-th, and prints
 * the result as one JSON object on stdout.
 * scripts/site.ts runs it as a process of its own at a lower priority (draw-cards-process.ts).
 */
import { join } from 'node:path';
import { drawCards } from './draw-cards.ts';
import { catalogueCards } from './read-catalogue.ts';

const [catalogue, cacheDir, ...flags] = process.argv.slice(2);
try {
  if (!catalogue || !cacheDir) throw new Error('usage: draw-cards-cli.ts CATALOGUE CACHE_DIR [--no-reuse] [--shard=K/N]');
  const shard = flags.map((flag) => /^--shard=(\d+)\/(\d+)$/.exec(flag)).find((found) => found !== null);
  const drawn = await drawCards(catalogueCards(catalogue), {
    root: join(import.meta.dirname, '../..'),
    cacheDir,
    reuse: !flags.includes('--no-reuse'),
    ...(shard ? { shard: { index: Number(shard[1]), count: Number(shard[2]) } } : {}),
  });
  process.stdout.write(JSON.stringify({ ...drawn, files: [...drawn.files] }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
