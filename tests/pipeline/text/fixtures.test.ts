import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/pipeline/text/import-text.ts';

/**
 * Fixture cases, one folder each under tests/fixtures/text/: `input.txt` (a text as extracted
 * from a UN PDF or Word file) and `expected.json` (the model importText makes of it).
 * `UPDATE=1 npx vitest run tests/pipeline/text/fixtures.test.ts` rewrites every expected.json
 * from the importer's output: read each diff before you keep it.
 *
 * Cases whose expected.json was corrected by hand against an importer bug (see README.md in
 * the fixtures folder) fail until the bug is fixed; regenerating them would bless the bug.
 */
const root = new URL('../../fixtures/text/', import.meta.url);
const update = process.env.UPDATE === '1';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe('text importer fixtures (tests/fixtures/text)', () => {
  it('has at least the six kinds of case the importer must read', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of cases) {
    it(`reads ${name}/input.txt as ${name}/expected.json`, () => {
      const input = new URL(`${name}/input.txt`, root);
      const expectedFile = new URL(`${name}/expected.json`, root);
      const { resolution } = importText(readFileSync(input), `tests/fixtures/text/${name}/input.txt`);
      if (update) {
        writeFileSync(expectedFile, `${JSON.stringify(resolution, null, 2)}\n`);
        return;
      }
      expect(existsSync(expectedFile), `${name}/expected.json is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(resolution).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
