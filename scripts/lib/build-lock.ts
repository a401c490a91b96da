import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRunning } from './is-running.ts';

/**
 * Takes the lock of one folder a build writes (`.generated/`, an output folder's cache), so that
 * two builds never write the same files at once: a second build stops with "another build is
 * running", naming the process. The lock is a file holding the owner's process id, made with
 * O_EXCL; a lock whose process is gone (a build killed with SIGKILL) is taken over. Released when
 * the process exits, however it exits short of SIGKILL.
 */
export function acquireBuildLock(lockFile: string, what: string): void {
  mkdirSync(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      process.once('exit', () => releaseIfOurs(lockFile));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = lockOwner(lockFile);
    if (owner !== null && owner !== process.pid && isRunning(owner)) {
      throw new Error(`another build is running in ${what} (process ${owner}); wait for it to end, or stop it (its lock: ${lockFile})`);
    }
    // The owner is gone: a build that was killed. Its lock is stale.
    rmSync(lockFile, { force: true });
  }
  throw new Error(`could not take the lock ${lockFile}`);
}

function lockOwner(lockFile: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}


function releaseIfOurs(lockFile: string): void {
  if (lockOwner(lockFile) === process.pid) rmSync(lockFile, { force: true });
}
