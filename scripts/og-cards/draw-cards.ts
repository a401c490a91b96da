import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Resvg } from '@resvg/resvg-js';
import { cardContent } from '../../src/og-card/card-content.ts';
import { cardKey } from '../../src/og-card/card-key.ts';
import { layoutCard } from '../../src/og-card/card-layout.ts';
import { cardSvg } from '../../src/og-card/card-svg.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { encodePng } from './encode-png.ts';
import { isRunning } from '../lib/is-running.ts';
// A half-written card (a build stopped mid-way) must not be taken for a drawn one: written aside, renamed when complete.
import { writeAtomically } from '../../src/utils/write-atomically.ts';
import { openCardFonts, type CardFontFiles, type CardFonts } from './card-fonts.ts';
import { glyphPainters } from './glyph-painter.ts';

/** Where the drawing step finds its code, fonts and cache. */
export interface DrawCardsOptions {
  root: string;
  /** The cache of drawn cards, shared by every output folder: a card's file name is its key. */
  cacheDir: string;
  /** False to draw every card again, cached or not (ARCHIVE_NO_CACHE=1). */
  reuse: boolean;
  /** The fonts to draw in (the Debian ones by default). */
  fontFiles?: CardFontFiles;
  /** Draw only every `count`-th card from the `index`-th (0-based): one of `count` processes drawing side by side. */
  shard?: { index: number; count: number };
}

/** What the drawing step made: each page's card file, and what it cost. */
export interface DrawnCards {
  /** Page id (`zh/E/RES/2015/26`) -> the PNG to serve as its card. */
  files: Map<string, string>;
  drawn: number;
  reused: number;
  /** Milliseconds spent drawing (not counting the cards taken from the cache). */
  drawMs: number;
  /** Set when the fonts are missing: every page then serves its language's static card. */
  warning?: string;
}

/**
 * Draws the share card of every page whose card is not in the cache yet, and names the file each
 * page serves. The cards may come one at a time (read-catalogue.ts): none is kept once drawn.
 * Without the fonts, no page is drawn: each serves the static card of its language
 * (public/og/card-{lang}.png), and the result says why. The build runs it in a process of its
 * own (draw-cards-process.ts).
 *
 * Asynchronous for memory's sake, not for concurrency: the cards are drawn one at a time, and the
 * event loop turns after each one. resvg's `Resvg` and `RenderedImage` hold their tree and their
 * 3 MB of pixels in native memory, which resvg-js offers no way to free but its N-API finalizers;
 * Node runs those in a task after the garbage collection that found the objects dead, so a
 * synchronous loop kept every card it drew (some 6 MB each: 13 GB at 2,000 cards).
 */
export async function drawCards(cards: Iterable<CatalogueCard>, options: DrawCardsOptions): Promise<DrawnCards> {
  const files = new Map<string, string>();
  const fonts = openCardFonts(options.fontFiles);
  if ('missing' in fonts) {
    for (const card of cards) files.set(card.id, join(options.root, 'public/og', `card-${card.lang}.png`));
    return { files, drawn: 0, reused: 0, drawMs: 0, warning: `share cards: ${fonts.missing}; every page shows its language's static card (install fonts-noto-cjk and fonts-dejavu-core)` };
  }
  mkdirSync(options.cacheDir, { recursive: true });
  removeAbandonedPartials(options.cacheDir);
  const version = drawingVersion(options.root, fonts);
  const painters = glyphPainters(fonts);
  let drawn = 0;
  let reused = 0;
  let drawMs = 0;
  let at = -1;
  for (const card of cards) {
    at++;
    if (options.shard && at % options.shard.count !== options.shard.index) continue;
    const content = cardContent(card);
    const file = join(options.cacheDir, `${cardKey(content, version)}.png`);
    files.set(card.id, file);
    if (options.reuse && isDrawn(file)) {
      reused++;
      continue;
    }
    const started = performance.now();
    const { measure, paint } = painters(card.lang);
    try {
      writeAtomically(file, renderPng(cardSvg(layoutCard(content, measure), paint)));
    } catch (error) {
      throw new Error(`site: the share card of ${card.id} could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
    }
    drawMs += performance.now() - started;
    drawn++;
    // Lets Node run the finalizers that free the native memory of the cards drawn so far (above).
    await nextTurn();
  }
  return { files, drawn, reused, drawMs };
}

/** An SVG whose text is already outlines, as a PNG: resvg loads no font, so it draws a card in ~8 ms. */
export function renderPng(svg: string): Buffer {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}


// A card in the cache: a non-empty file under its key (an empty one is what a crash of the machine
// between the rename and the write-back can leave; it is drawn again). As cheap as existsSync.
function isDrawn(file: string): boolean {
  return (statSync(file, { throwIfNoEntry: false })?.size ?? 0) > 0;
}

// The partial files of a drawing killed mid-card (its process is gone), so that the cache does
// not keep them for ever. Another build's live partial (its process still runs) is left alone.
function removeAbandonedPartials(cacheDir: string): void {
  for (const name of readdirSync(cacheDir)) {
    const pid = /\.(\d+)\.partial$/.exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(join(cacheDir, name), { force: true });
  }
}


/**
 * The version of the drawing: the cards' code (src/og-card/ and this folder), the font files
 * (path, size, date) and resvg's version. A change draws every card again; the pages, which only
 * name their card, are not rendered again for it (site-version.ts does not read this folder).
 */
function drawingVersion(root: string, fonts: CardFonts): string {
  const hash = createHash('sha256');
  for (const dir of ['src/og-card', 'scripts/og-cards']) {
    for (const name of readdirSync(join(root, dir)).sort()) hash.update(name).update(readFileSync(join(root, dir, name)));
  }
  for (const file of [fonts.files.cjk.regular, fonts.files.cjk.bold, fonts.files.other.regular, fonts.files.other.bold]) {
    const stat = statSync(file.path);
    hash.update(`${file.path}\0${file.face ?? ''}\0${stat.size}\0${stat.mtimeMs}\0`);
  }
  hash.update(JSON.parse(readFileSync(join(root, 'node_modules/@resvg/resvg-js/package.json'), 'utf8')).version as string);
  return hash.digest('hex');
}
