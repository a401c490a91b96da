import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { importAkn } from '../../src/pipeline/akn/import-akn.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { comparable, SCHEMA, validate } from '../export/akn/helpers.ts';

/*
 * Issue 7, item 4: the `.akn.xml` files the built sites serve validate against the OASIS schema
 * (xmllint, one run for all of a site's files) and read back, through the archive's own AKN
 * importer, to the model the same site serves as `.json`.
 */

/** Every `.akn.xml` file under a built site, by its path in the site. */
function servedExports(siteDir: string): Map<string, string> {
  const files = readdirSync(siteDir, { recursive: true })
    .map(String)
    .filter((path) => path.endsWith('.akn.xml'))
    .sort();
  return new Map(files.map((path) => [path, readFileSync(join(siteDir, path), 'utf8')]));
}

const sites: [string, string][] = [['seed', inject('siteDir')], ...Object.entries(inject('corpusSites') ?? {}).slice(0, 1).map(([base, dir]): [string, string] => [`corpus at ${base}`, dir])];

describe.skipIf(!existsSync(SCHEMA))('the Akoma Ntoso files the site serves (needs ../shared/schema/akomantoso30.xsd)', () => {
  for (const [name, siteDir] of sites) {
    it(`${name}: every one validates against the OASIS schema and reads back to the served model`, () => {
      const documents = servedExports(siteDir);
      expect(documents.size, `.akn.xml files in ${relative(process.cwd(), siteDir)}`).toBeGreaterThan(0);
      const invalid = [...validate(documents)].filter(([, errors]) => errors.length > 0);
      expect(invalid.slice(0, 3), `${invalid.length} of ${documents.size} invalid`).toEqual([]);
      const differing = [...documents].filter(([path, xml]) => {
        const served = JSON.parse(readFileSync(join(siteDir, path.replace(/\.akn\.xml$/, '.json')), 'utf8')) as Resolution;
        const read = importAkn(new TextEncoder().encode(xml), path).resolution;
        return JSON.stringify(comparable(read)) !== JSON.stringify(comparable(served));
      });
      expect(differing.map(([path]) => path), `of ${documents.size}`).toEqual([]);
    }, 300_000);
  }
});
