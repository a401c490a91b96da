/**
 * `node scripts/og-cards/draw-cards-cli.ts CATALOGUE CACHE_DIR [--no-reuse]`: draws the share
 * cards of a catalogue's pages (draw-cards.ts) and prints the result as one JSON object on stdout.
 * scripts/site.ts runs it as a process of its own at a lower priority (draw-cards-process.ts).
 */
import { join } from 'node:path';
import { drawCards } from './draw-cards.ts';
import { catalogueCards } from './read-catalogue.ts';

const [catalogue, cacheDir, flag] = process.argv.slice(2);
try {
  if (!catalogue || !cacheDir) throw new Error('usage: draw-cards-cli.ts CATALOGUE CACHE_DIR [--no-reuse]');
  const drawn = await drawCards(catalogueCards(catalogue), { root: join(import.meta.dirname, '../..'), cacheDir, reuse: flag !== '--no-reuse' });
  process.stdout.write(JSON.stringify({ ...drawn, files: [...drawn.files] }));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
