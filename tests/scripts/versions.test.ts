/**
 * Two versions of one resolution: a text and its corrected reissue (tests/fixtures/versions/,
 * one folder per case: original.txt, reissue.txt, expected.json). The reissue is kept whatever
 * the files are called; a reissue that keeps the numbering keeps every anchor; one that changes
 * it is reported in the build's summary as a risk to existing links, within one build (both
 * sources given) and from one build to the next (the source replaced).
 * `UPDATE=1 npx vitest run tests/scripts/versions.test.ts` rewrites each expected.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { anchorIds, anchorsLost } from '../../src/pipeline/anchor-ids.ts';
import { conventionsFor } from '../../src/pipeline/conventions/index.ts';
import { readReissue } from '../../src/pipeline/read-reissue.ts';
import { importText } from '../../src/pipeline/text/import-text.ts';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures/versions');
const update = process.env.UPDATE === '1';
const scratch = mkdtempSync(join(tmpdir(), 'versions-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Expected {
  symbol: string;
  reissue: { date: string | null; note: string };
  lost: string[];
}

/** Runs scripts/build.ts over `sources` into the generated folder `generated`. */
function build(generated: string, sources: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', env: { ...process.env, ARCHIVE_GENERATED_DIR: generated, ARCHIVE_SOURCES: sources.join(':'), ...env } });
  return { status: run.status, out: run.stdout, err: run.stderr, risks: Number(/(\d+) risks? to existing links/.exec(run.stdout)?.[1] ?? NaN) };
}

/** A folder holding the given files under new names. */
function folderOf(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [to, from] of Object.entries(files)) copyFileSync(from, join(dir, to));
  return dir;
}

for (const name of readdirSync(fixtures).filter((entry) => !entry.includes('.')).sort()) {
  const dir = join(fixtures, name);
  const original = join(dir, 'original.txt');
  const reissue = join(dir, 'reissue.txt');
  const before = importText(readFileSync(original), original).resolution;
  const after = importText(readFileSync(reissue), reissue).resolution;
  const found = { symbol: after.symbol, reissue: readReissue(readFileSync(reissue, 'utf8'), conventionsFor(after.lang)), lost: anchorsLost(anchorIds(before), anchorIds(after)) };
  const expectedFile = join(dir, 'expected.json');
  if (update) writeFileSync(expectedFile, `${JSON.stringify(found, null, 2)}\n`);
  const modelFile = (generated: string) => readFileSync(join(generated, 'models', after.lang, `${after.symbol}.json`), 'utf8');

  describe(`versions: ${name}`, () => {
    it('reads the reissue note, and finds the anchors the reissue drops', () => {
      expect(existsSync(expectedFile), `${name}/expected.json is missing: run with UPDATE=1 and review it`).toBe(true);
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
      expect(found).toEqual(expected);
      expect(before.symbol).toBe(after.symbol);
      // A real reissue: the wording changed, not only the note.
      expect(JSON.stringify(after.body)).not.toBe(JSON.stringify(before.body));
      expect(readReissue(readFileSync(original, 'utf8'), conventionsFor(before.lang))).toBeNull();
    });

    it('keeps the reissue whichever file name sorts first, and refuses the other by name', () => {
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
      const runs = [
        { sources: folderOf(`${name}-1`, { 'a.txt': original, 'b.txt': reissue }), refused: 'a.txt' },
        { sources: folderOf(`${name}-2`, { 'a.txt': reissue, 'b.txt': original }), refused: 'b.txt' },
      ].map(({ sources, refused }) => {
        const generated = join(scratch, `${name}-gen-${refused}`);
        const run = build(generated, [sources]);
        expect(run.status, run.err).toBe(0);
        expect(run.err).toMatch(new RegExp(`${refused}: ${expected.symbol} in "en" is also read from \\S+, which is kept \\(it is the reissue: `));
        expect(run.risks).toBe(expected.lost.length > 0 ? 1 : 0);
        for (const id of expected.lost) expect(run.err).toContain(id);
        return modelFile(generated);
      });
      expect(runs[0]).toBe(runs[1]);
      expect(JSON.parse(runs[0]!)).toEqual(after);
    });

    it('reports from one build to the next the anchors a replaced source drops, and fails a strict build for them as often as it is run', () => {
      const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
      const generated = join(scratch, `${name}-next`);
      expect(build(generated, [folderOf(`${name}-first`, { 'E-RES-2019-7.en.txt': original })]).risks).toBe(0);
      const next = folderOf(`${name}-second`, { 'E-RES-2019-7.en.txt': reissue });
      // A strict build refused for a risk changes nothing the next one trusts: the same build is refused again.
      for (const attempt of [1, 2]) {
        const run = build(generated, [next], { ARCHIVE_STRICT: '1' });
        expect(run.risks, `strict run ${attempt}`).toBe(expected.lost.length > 0 ? 1 : 0);
        if (expected.lost.length === 0) {
          expect(run.status, run.err).toBe(0);
          break;
        }
        expect(run.err).toContain(`${expected.symbol} in "en": the last build's version has ${expected.lost.length} anchors the page no longer has (${expected.lost.join(', ')})`);
        expect(run.status).toBe(1);
        expect(modelFile(generated), 'a refused build leaves the last model').toBe(`${JSON.stringify(before, null, 2)}\n`);
      }
      // Without ARCHIVE_STRICT the same build reports the risk and goes ahead.
      const run = build(generated, [next]);
      expect(run.status, run.err).toBe(0);
      expect(run.risks).toBe(expected.lost.length > 0 ? 1 : 0);
      expect(modelFile(generated)).toBe(`${JSON.stringify(after, null, 2)}\n`);
    });
  });
}

describe('a page no source gives any more', () => {
  it('is reported as a risk to existing links, also when nothing is taken from the cache', () => {
    const original = join(fixtures, 'reissue-same-numbering', 'original.txt');
    const generated = join(scratch, 'gone');
    expect(build(generated, [folderOf('gone-first', { 'E-RES-2019-7.en.txt': original })]).risks).toBe(0);
    const run = build(generated, [], { ARCHIVE_NO_CACHE: '1' });
    expect(run.risks).toBe(1);
    expect(run.err).toMatch(/en\/E\/RES\/2019\/7: no source gives this page any more \(it was \S+E-RES-2019-7\.en\.txt\): a risk to existing links/);
  });
});
