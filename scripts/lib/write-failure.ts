/**
 * What went wrong writing a generated file, in a reader's words, naming the file; null for an
 * error that is no file system's (a bug, which keeps its stack trace).
 */
export function writeFailure(error: unknown, path: string): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string') return null;
  const reasons: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    ENAMETOOLONG: 'a file name too long for the file system',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'a read-only file system',
    EIO: 'an input/output error',
  };
  return `cannot write ${path}: ${reasons[code] ?? 'the file system refused it'} (${code})`;
}

/** True for a failure of the machine (a full disk, no permission), not of one source: the build fails on it, strict or not. */
export function machineFailure(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code !== 'ENAMETOOLONG';
}
