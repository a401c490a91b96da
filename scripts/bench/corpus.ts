import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A deterministic corpus of N Akoma Ntoso documents shaped like the real one: the real files of
 * `../shared/corpus/ecosoc-akn`, copied again and again under new symbols and years. Only the
 * identification changes (FRBR URIs and dates, the `docNumber`s and the date attributes, shifted
 * by the same number of years); text, structure, footnotes, language mix and citations stay real.
 *
 * Copy k of a real resolution "Y/n" gets the slot s = 4k + (Y - 2021): year 2024 - (s mod 79)
 * (1946..2024) and number n + 100 * floor(s / 79), so no two copies share a symbol.
 */
export interface Generated {
  /** The folder written, one `{year}/{symbol}_{code}.xml` per document. */
  folder: string;
  /** The symbols written, in order ("E/RES/1987/5"), one per document (a symbol repeats per language). */
  documents: { symbol: string; file: string }[];
}

const WORK = /unecosoc\/(\d{4})-(\d\d-\d\d)\/(\d{4})-(\d+)([A-Z]?)\//;

/** The real AKN files, sorted by path: the order every copy follows. */
export function realSources(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.xml')) out.push(path);
    }
  };
  walk(folder);
  return out;
}

/** One document rewritten for copy `k`; null if it carries no FRBR work number to rewrite. */
export function rewrite(xml: string, k: number): { xml: string; symbol: string } | null {
  const work = WORK.exec(xml);
  if (!work) return null;
  const [, , , realYear, realNumber, part] = work;
  const slot = 4 * k + (Number(realYear) - 2021);
  const year = 2024 - (((slot % 79) + 79) % 79);
  const number = Number(realNumber) + 100 * Math.floor(slot / 79);
  const delta = year - Number(realYear);
  const shift = (y: string) => String(Number(y) + delta).padStart(4, '0');
  const out = xml
    // FRBR URIs: the adoption date's year and the work's number.
    .replace(/unecosoc\/(\d{4})(-\d\d-\d\d)\/\d{4}-\d+([A-Z]?)\//g, (_m, y: string, md: string, p: string) => `unecosoc/${shift(y)}${md}/${year}-${number}${p}/`)
    // Every ISO date attribute, by the same number of years (the placeholder 0001-01-01 stays).
    .replace(/date="(\d{4})(-\d\d-\d\d)"/g, (m, y: string, md: string) => (y === '0001' ? m : `date="${shift(y)}${md}"`))
    // The symbol on the cover and the number the preface prints.
    .replace(/(<docNumber refersTo="#symbol">)E\/RES\/\d{4}\/\d+/g, `$1E/RES/${year}/${number}`)
    .replace(/<docNumber>\s*[^<\s]+\/[^<\s]+?\.?\s*<\/docNumber>/, `<docNumber>${year}/${number}.</docNumber>`);
  return { xml: out, symbol: `E/RES/${year}/${number}${part ? ` ${part}` : ''}` };
}

/** Writes N documents into `folder` (emptied first). The same N, the same bytes. */
export function generateCorpus(sourceFolder: string, folder: string, n: number): Generated {
  const sources = realSources(sourceFolder).map((file) => ({ file: relative(sourceFolder, file), xml: readFileSync(file, 'utf8') }));
  if (sources.length === 0) throw new Error(`${sourceFolder}: no AKN files to copy`);
  rmSync(folder, { recursive: true, force: true });
  const documents: Generated['documents'] = [];
  const seen = new Set<string>();
  for (let k = 0; documents.length < n; k++) {
    let any = false;
    for (const source of sources) {
      if (documents.length >= n) break;
      const copy = rewrite(source.xml, k);
      if (!copy) continue;
      const code = /<FRBRlanguage language="(\w+)"/.exec(source.xml)?.[1] ?? 'und';
      const key = `${copy.symbol} ${code}`;
      if (seen.has(key)) continue; // two real files of one resolution and language: the first one
      seen.add(key);
      any = true;
      const file = join(copy.symbol.split('/')[2] ?? 'x', `${copy.symbol.replace(/[/ ]/g, '_')}_${code}.xml`);
      mkdirSync(join(folder, file, '..'), { recursive: true });
      writeFileSync(join(folder, file), copy.xml);
      documents.push({ symbol: copy.symbol, file });
    }
    if (!any) throw new Error('no source could be rewritten');
  }
  return { folder, documents };
}
