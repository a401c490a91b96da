import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAkn } from '../../../src/pipeline/akn/import-akn.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';

/**
 * Fixture cases, one folder each under tests/fixtures/akn/: `input.xml` (written in the shape of a real file (see tests/fixtures/akn/README.md)
 * of the UN's AKN corpus, see the comment inside it) and `expected.json`: the model and print
 * details importAkn makes of it, or `{ "error": … }` for a file it must refuse.
 * `UPDATE=1 npx vitest run tests/pipeline/akn/fixtures.test.ts` rewrites every expected.json
 * from the importer's output: read each diff before you keep it (see README.md there).
 */
const root = new URL('../../fixtures/akn/', import.meta.url);
const update = process.env.UPDATE === '1';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function run(name: string): unknown {
  const file = `tests/fixtures/akn/${name}/input.xml`;
  try {
    return importAkn(readFileSync(new URL(`${name}/input.xml`, root)), file);
  } catch (error) {
    if (error instanceof SourceError) return { error: error.message, line: error.line };
    throw error;
  }
}

describe('AKN importer fixtures (tests/fixtures/akn)', () => {
  it('has a case for each irregularity of the corpus listed in README.md', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    for (const name of cases) expect(readme, `${name} is not described in README.md`).toContain(`\`${name}\``);
  });

  for (const name of cases) {
    it(`reads ${name}/input.xml as ${name}/expected.json`, () => {
      const expectedFile = new URL(`${name}/expected.json`, root);
      const actual = JSON.parse(JSON.stringify(run(name))) as unknown;
      if (update) {
        writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
        return;
      }
      expect(existsSync(expectedFile), `${name}/expected.json is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
