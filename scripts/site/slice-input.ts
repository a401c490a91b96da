import { copyFileSync, linkSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import type { LinksFile } from '../../src/schemas/page-links.ts';

/** The catalogue cards and the links one part of the site is built from. */
export interface SliceData {
  cards: readonly CatalogueCard[];
  links: LinksFile;
}

/**
 * Makes the generated folder one slice's `astro build` reads: hard links to the MDX pages and
 * models of its pages (links, not copies: 20,000 pages cost no bytes and under a second), and
 * the catalogue and links it needs, written in the shapes scripts/build.ts writes them.
 */
export function writeSliceInput(generated: string, target: string, ids: readonly string[], data: SliceData): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'resolutions'), { recursive: true });
  mkdirSync(join(target, 'models'), { recursive: true });
  writeFileSync(join(target, 'catalogue.json'), `[\n${data.cards.map((card) => JSON.stringify(card)).join(',\n')}\n]\n`);
  writeFileSync(join(target, 'links.json'), JSON.stringify(data.links));
  for (const id of ids) {
    link(join(generated, 'resolutions', `${id}.mdx`), join(target, 'resolutions', `${id}.mdx`));
    link(join(generated, 'models', `${id}.json`), join(target, 'models', `${id}.json`));
  }
}

/** A hard link, or a copy where the file system cannot link (another device). */
export function link(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    linkSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    copyFileSync(from, to);
  }
}
