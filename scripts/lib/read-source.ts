import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { SourceError } from '../../src/pipeline/source-error.ts';

/**
 * The largest source read, in bytes: 100 MB. A UN resolution is a few hundred KB of text, a PDF
 * of one a few MB; a source is read whole, into memory, so a larger file (a log, a disk image,
 * a link to /dev/zero) is refused before it is read. Stated in README ("Hostile and bad sources").
 */
export const MAX_SOURCE_BYTES = 100 * 1024 * 1024;

/**
 * Reads one source file whole, or throws a SourceError naming it (as `shown`) and saying why:
 * no such file, permission denied, a folder, a FIFO or device (never opened for reading, so that
 * it cannot hang the build or fill its memory), more than MAX_SOURCE_BYTES.
 */
export function readSource(file: string, shown: string = file): Uint8Array {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one, for ever.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new SourceError(shown, null, osReason(error));
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new SourceError(shown, null, `${notRegular(stats)}, not a regular file; skipped`);
    if (stats.size > MAX_SOURCE_BYTES) throw new SourceError(shown, null, tooLarge(stats.size));
    const bytes = new Uint8Array(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof SourceError) throw error;
    throw new SourceError(shown, null, osReason(error));
  } finally {
    closeSync(fd);
  }
}

/** The message of a file over the limit: its size, and the limit by name. */
export function tooLarge(size: number): string {
  return `${(size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_SOURCE_BYTES / 1024 / 1024} MB a source may have (MAX_SOURCE_BYTES); skipped`;
}

/** What a file that is not a regular one is, in a reader's words. */
export function notRegular(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/** The operating system's complaint about a path, in a reader's words. */
export function osReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'a loop of symbolic links';
    case 'ENAMETOOLONG':
      return 'a name too long for the file system';
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}
