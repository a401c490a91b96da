import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS, type Lang } from '../schemas/lang.ts';
import { archiveLookup, type ArchiveLookup } from './citation-href.ts';
import { buildCitedBy, type CitedByIndex, type CitingModel } from './cited-by.ts';

/** What every resolution page needs to know of the whole archive, computed from the generated models. */
export interface ModelIndex {
  /** Which symbols are held in which languages, and which paragraph anchors each page has. */
  archive: ArchiveLookup;
  /** Who cites each symbol. */
  citedBy: CitedByIndex;
}

/** The models scripts/build.ts writes: `.generated/models/{lang}/{symbol}.json`. */
const MODELS = join(process.cwd(), '.generated/models');

interface ModelBlock {
  kind: string;
  id: string;
  items?: ModelBlock[];
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function paraIds(blocks: ModelBlock[]): string[] {
  return blocks.flatMap((block) => (block.kind === 'para' ? [block.id, ...paraIds(block.items ?? [])] : []));
}

/** Reads every model once, keeping only symbols, languages, body paragraph ids and refs. */
export function loadModelIndex(dir: string = MODELS): ModelIndex {
  const languages = new Map<string, Lang[]>();
  const anchors = new Map<string, Set<string>>();
  const citing: CitingModel[] = [];
  for (const lang of LANGS) {
    let files: string[];
    try {
      files = jsonFiles(join(dir, lang));
    } catch {
      continue;
    }
    for (const file of files) {
      const model = JSON.parse(readFileSync(file, 'utf8')) as CitingModel & { body: ModelBlock[] };
      languages.set(model.symbol, [...(languages.get(model.symbol) ?? []), lang]);
      anchors.set(`${lang} ${model.symbol}`, new Set(paraIds(model.body)));
      citing.push({ symbol: model.symbol, lang, refs: model.refs });
    }
  }
  return { archive: archiveLookup(languages, anchors), citedBy: buildCitedBy(citing) };
}

let cached: ModelIndex | undefined;

/** The model index, built once per build (each page asks); in dev rebuilt on each request, so that regenerated sources show. */
export function modelIndex(): ModelIndex {
  if (import.meta.env.DEV) return loadModelIndex();
  return (cached ??= loadModelIndex());
}
