import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../src/schemas/block.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import type { Lang } from '../../src/schemas/lang.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { symbolPath } from '../../src/utils/paths.ts';

/*
 * The floor's resolution pages (floor.ts's one Astro route) written straight from the models,
 * without Astro: the same markup, so that Pagefind's cost over HTML can be timed beside our
 * records' (index-only.ts) without an Astro build in between.
 */

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function blockHtml(block: Block): string {
  if (block.kind === 'heading') return `<h2 id="${block.id}">${escape(block.text)}</h2>`;
  return `<div id="${block.id}">${block.num ? `<span>${escape(block.num)}</span>` : ''} ${escape(block.text)}${block.items.map(blockHtml).join('')}</div>`;
}

/** One resolution page as the floor's route writes it. */
export function floorPage(model: Resolution): string {
  const blocks = [...model.preamble, ...model.body, ...model.annexes.flatMap((annex) => annex.body)];
  return `<!DOCTYPE html><html lang="${model.lang}"><head><meta charset="utf-8"><title>${escape(`${model.number}. ${model.title} (${model.symbol})`)}</title></head><body>
<article data-pagefind-body><p data-pagefind-meta="symbol">${escape(model.symbol)}</p><h1 data-pagefind-meta="title">${escape(model.title)}</h1>
${blocks.map(blockHtml).join('\n')}
<ol>${model.footnotes.map((note) => `<li id="${note.id}">${escape(note.text)}</li>`).join('')}</ol></article></body></html>
`;
}

/** Writes the floor's page of every resolution of `langs` under `siteDir/{lang}/{symbol}/index.html`; returns the count per language. */
export function writeFloorPages(generatedDir: string, siteDir: string, langs: readonly Lang[]): Record<string, number> {
  const cards = JSON.parse(readFileSync(join(generatedDir, 'catalogue.json'), 'utf8')) as CatalogueCard[];
  const counts: Record<string, number> = {};
  for (const card of cards) {
    if (!langs.includes(card.lang)) continue;
    const model = JSON.parse(readFileSync(join(generatedDir, 'models', `${card.id}.json`), 'utf8')) as Resolution;
    const dir = join(siteDir, card.lang, symbolPath(model.symbol));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), floorPage(model));
    counts[card.lang] = (counts[card.lang] ?? 0) + 1;
  }
  return counts;
}
