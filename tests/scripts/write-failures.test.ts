import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFailure } from '../../scripts/lib/write-failure.ts';
import { generatedText } from '../helpers/bad-sources.ts';
import { runningAsRoot } from '../helpers/source-folders.ts';

/*
 * Issue 16, point 2: a page that cannot be written into .generated/ (a resolution number of 300
 * digits, in a text or in an Akoma Ntoso FRBR identification, makes a file name too long; a
 * full disk) is refused by its source's name, and the other sources are built. The sources are
 * generated here; the full disk is a 1 MB tmpfs, mounted only where the tests run as root.
 */
const root = join(import.meta.dirname, '../..');
const scratch = mkdtempSync(join(tmpdir(), 'write-failures-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const AKN = join(root, '../shared/corpus/ecosoc-akn/2023/English/E_RES_2023_10_E.xml');
const digits = '9'.repeat(300);

const build = (sources: string, generated: string) =>
  spawnSync(process.execPath, ['scripts/build.ts'], { cwd: root, encoding: 'utf8', timeout: 120_000, env: { ...process.env, ARCHIVE_SOURCES: sources, ARCHIVE_GENERATED_DIR: generated, ARCHIVE_NO_CACHE: '1', ARCHIVE_STRICT: '' } });

describe('a page that cannot be written', () => {
  it('says what the file system refused, naming the file', () => {
    expect(writeFailure(Object.assign(new Error('x'), { code: 'ENOSPC' }), '.generated/models/en/E/RES/2099/1.json')).toBe('cannot write .generated/models/en/E/RES/2099/1.json: no space left on the device (ENOSPC)');
    expect(writeFailure(new TypeError('a bug'), 'x')).toBeNull();
  });

  it.skipIf(!existsSync(AKN))('refuses a 300-digit number in a text or an AKN FRBR number by the source\'s name, and builds the others', () => {
    const folder = join(scratch, 'long');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'a-long.en.txt'), generatedText(`2099/${digits}`, 3, 0));
    writeFileSync(join(folder, 'b-long.en.xml'), readFileSync(AKN, 'utf8').replaceAll('2023-10/', `2023-${digits}/`).replaceAll('2023/10', `2023/${digits}`));
    writeFileSync(join(folder, 'c-good.en.txt'), generatedText('2099/21', 3, 0));
    const generated = join(scratch, 'long-generated');
    const run = build(relative(root, folder), generated);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    for (const name of ['a-long.en.txt', 'b-long.en.xml']) expect(run.stderr).toMatch(new RegExp(`^build: ${relative(root, join(folder, name))}: cannot write \\S+/${digits}\\.mdx: a file name too long for the file system \\(ENAMETOOLONG\\); refused$`, 'm'));
    expect(existsSync(join(generated, 'models/en/E/RES/2099/21.json'))).toBe(true);
    expect(run.stdout).toContain('2 refused');
  });

  it.skipIf(!runningAsRoot)('refuses each page a full disk cannot take, by its source\'s name, and fails the build with a message', () => {
    const disk = join(scratch, 'disk');
    mkdirSync(disk, { recursive: true });
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk], { stdio: 'ignore' });
    } catch {
      return; // No mount here (a container without the capability): nothing to test.
    }
    try {
      const folder = join(scratch, 'many');
      mkdirSync(folder, { recursive: true });
      // Each page some 300 KB of MDX and as much JSON: the disk fills after a few.
      for (let i = 1; i <= 8; i++) writeFileSync(join(folder, `r${i}.en.txt`), generatedText(`2099/${30 + i}`, 300, 30));
      copyFileSync(join(folder, 'r1.en.txt'), join(folder, 'r1-copy.en.txt'));
      const run = build(relative(root, folder), join(disk, 'generated'));
      expect(run.stderr).not.toMatch(/^\s+at /m);
      const report = readFileSync(join(disk, 'generated', 'build-report.txt'), 'utf8');
      expect(report).toMatch(/\.en\.txt: cannot write \S+: no space left on the device \(ENOSPC\); refused/);
      expect(run.stderr).toContain('build: some pages could not be written (a full disk, no permission: see "cannot write"): the build fails');
      expect(run.status).toBe(1);
    } finally {
      execFileSync('umount', [disk]);
    }
  });
});
