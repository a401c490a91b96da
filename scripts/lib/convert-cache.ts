import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceKind } from '../../src/pipeline/import-source.ts';
import type { Reissue } from '../../src/pipeline/read-reissue.ts';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import type { PageLinks } from '../../src/schemas/page-links.ts';

/** What converting one source gives: its page key, MDX, model JSON, catalogue card, links, warnings, kind and reissue note; or a refusal. */
export type Converted =
  | { key: string; mdx: string; model: string; card: CatalogueCard; links: PageLinks; warnings: string[]; kind: SourceKind; reissue: Reissue | null }
  | { refused: string };

/**
 * The version of the conversion: a hash of every file of the code that turns a source into MDX
 * and model (src/pipeline, src/schemas, scripts/build.ts, scripts/lib), so that changing the
 * code invalidates every cached result, and nothing else does.
 */
export function pipelineVersion(root: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(?:ts|json)$/.test(name)) hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of ['src/pipeline', 'src/schemas', 'scripts/lib']) walk(join(root, dir));
  hash.update(readFileSync(join(root, 'scripts/build.ts')));
  return hash.digest('hex');
}

/**
 * Conversion results by content: `.cache/convert/ab/abcdef….json`, keyed by the sha256 of the
 * source's bytes, its path (the MDX names it) and the pipeline version. An unchanged source is
 * not read again; a missing or unreadable entry is simply converted again.
 */
export function convertCache(folder: string, version: string) {
  const keyOf = (bytes: Uint8Array, source: string) => createHash('sha256').update(version).update('\0').update(source).update('\0').update(bytes).digest('hex');
  const pathOf = (key: string) => join(folder, key.slice(0, 2), `${key}.json`);
  return {
    keyOf,
    get(key: string): Converted | null {
      try {
        return JSON.parse(readFileSync(pathOf(key), 'utf8')) as Converted;
      } catch {
        return null;
      }
    },
    set(key: string, value: Converted): void {
      mkdirSync(join(folder, key.slice(0, 2)), { recursive: true });
      writeFileSync(pathOf(key), JSON.stringify(value));
    },
  };
}
