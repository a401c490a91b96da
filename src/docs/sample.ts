import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importAkn } from '../pipeline/akn/import-akn.ts';
import { sourceKind } from '../pipeline/import-source.ts';
import { importText } from '../pipeline/text/import-text.ts';
import { ResolutionSchema, type Resolution } from '../schemas/resolution.ts';

/**
 * The resolution the docs take their examples from: the seed (content/ is always a source),
 * E/RES/2015/26 in Chinese; without it, another page the archive holds (`sampleResolution`).
 */
export const SAMPLE_SOURCE = 'content/E-RES-2015-26.zh.txt';

let sample: Resolution | undefined;

/**
 * The sample's model, imported from its source by the archive's own importer, as scripts/build.ts
 * does, and validated as `/{lang}/{symbol}.json` serves it (the schema's key order). The docs are
 * rendered in the "lists" part of a sliced build, which has no models of its own to read. An
 * archive built without the seed shows one of its own pages instead: the first, in the UN's
 * language order then by id, whose source is text or Akoma Ntoso (`.generated/manifest.json`
 * names each page's source).
 */
export function sampleResolution(root: string = process.cwd()): Resolution {
  sample ??= ResolutionSchema.parse(readSample(root));
  return sample;
}

const LANG_ORDER = ['zh', 'en', 'fr', 'es', 'ru', 'ar'];

function readSample(root: string): Resolution {
  if (existsSync(join(root, SAMPLE_SOURCE))) return importText(readFileSync(join(root, SAMPLE_SOURCE)), SAMPLE_SOURCE).resolution;
  let pages: Record<string, { source: string }> = {};
  try {
    pages = JSON.parse(readFileSync(join(root, '.generated/manifest.json'), 'utf8')) as Record<string, { source: string }>;
  } catch {
    pages = {};
  }
  const pagesRead: Resolution[] = [];
  const rank = (id: string) => LANG_ORDER.indexOf(id.slice(0, id.indexOf('/')));
  const ids = Object.keys(pages).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ids) {
    const source = (pages[id] as { source: string }).source;
    try {
      const bytes = readFileSync(resolve(root, source));
      const kind = sourceKind(bytes);
      // A PDF is read asynchronously; the docs' components are not.
      const read = kind === 'text' ? importText(bytes, source).resolution : kind === 'akn' ? importAkn(bytes, source).resolution : null;
      if (read && showsEveryExample(read)) return read;
      if (read) pagesRead.push(read);
    } catch {
      // Moved, or unreadable since the conversion: the next page.
    }
  }
  throw new Error(`docs: ${SAMPLE_SOURCE} is gone, and none of the archive's ${pagesRead.length} text or Akoma Ntoso pages has every anchor the docs' examples show (${EXAMPLE_IDS.join(', ')}, a paragraph with sub-paragraphs); put the seed back in content/`);
}

// The anchors src/components/docs/ link to on the sample page (AnchorTable.astro), which fail the build when it lacks one.
const EXAMPLE_IDS = ['preamble-3', 'section-2', 'para-12', 'para-48-c'];

/** Whether a page has what the docs' examples show: their anchors, a paragraph with sub-paragraphs. */
function showsEveryExample(res: Resolution): boolean {
  const ids = new Set<string>();
  const walk = (blocks: readonly (Resolution['body'][number])[]) => {
    for (const block of blocks) {
      ids.add(block.id);
      if (block.kind === 'para') walk(block.items);
    }
  };
  walk([...res.preamble, ...res.body]);
  return EXAMPLE_IDS.every((id) => ids.has(id)) && res.body.some((block) => block.kind === 'para' && block.items.length > 0);
}

/** The model as `/{lang}/{symbol}.json` serves it: pretty-printed, with a final line break. */
export function servedJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
