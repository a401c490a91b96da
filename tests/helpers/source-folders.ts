import { closeSync, mkdirSync, openSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { generatedText } from './bad-sources.ts';

/** True when the tests run as root, who reads any file whatever its permissions: the EACCES cases cannot happen then. */
export const runningAsRoot = process.getuid?.() === 0;

/**
 * A source folder as an unlucky or hostile maintainer may have one (issue 16), made in `dir`: good
 * resolutions sorted before and after every bad entry, a FIFO, a link to /dev/zero, a sparse file
 * over the size limit, a loop of links, a link to its own folder, a dangling link, an unreadable
 * file and sub-folder (unreadable only to a user other than root), and an empty folder beside it.
 */
export function writeHostileFolder(dir: string, sizeLimit: number): { folder: string; empty: string; good: { file: string; symbol: string }[] } {
  const folder = join(dir, 'sources');
  const empty = join(dir, 'empty');
  mkdirSync(join(folder, 'm-sub'), { recursive: true });
  mkdirSync(join(folder, 'n-locked'), { recursive: true });
  mkdirSync(empty, { recursive: true });
  const good = [
    { file: join(folder, 'a0-good.en.txt'), symbol: 'E/RES/2099/11' },
    { file: join(folder, 'm-sub', 'good.en.txt'), symbol: 'E/RES/2099/12' },
    { file: join(folder, 'z-good.en.txt'), symbol: 'E/RES/2099/13' },
  ];
  for (const { file, symbol } of good) writeFileSync(file, generatedText(symbol.slice(6), 3, 0));
  writeFileSync(join(folder, 'n-locked', 'hidden.en.txt'), generatedText('2099/14', 3, 0));
  execFileSync('mkfifo', [join(folder, 'f.txt')]);
  symlinkSync('/dev/zero', join(folder, 'zero.txt'));
  symlinkSync('b.txt', join(folder, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(folder, 'b.txt'));
  symlinkSync('.', join(folder, 'd'));
  symlinkSync('missing.txt', join(folder, 'dangling.txt'));
  // Sparse: over the limit on paper, no disk used.
  const huge = openSync(join(folder, 'huge.txt'), 'w');
  ftruncateSync(huge, sizeLimit + 1);
  closeSync(huge);
  writeFileSync(join(folder, 'p-unreadable.txt'), generatedText('2099/15', 3, 0), { mode: 0o000 });
  execFileSync('chmod', ['000', join(folder, 'n-locked')]);
  return { folder, empty, good };
}

/** Gives the locked sub-folder its permissions back, so that the folder can be removed. */
export function unlockHostileFolder(folder: string): void {
  execFileSync('chmod', ['755', join(folder, 'n-locked')]);
}
