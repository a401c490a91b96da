import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { notRegular, osReason } from './read-source.ts';

// Files that can hold a resolution; anything else in a source folder (READMEs, JSON) is not one.
const SOURCE_FILE = /\.(?:txt|xml|pdf)$/i;

/**
 * The source files to build: the bundled `content/` folder (or ARCHIVE_CONTENT_DIR's), and the folders or files listed in
 * ARCHIVE_SOURCES (separated by ":"; relative to the project, or absolute). Sorted, so that the
 * build never depends on file-system order. An entry that cannot be read (a loop of links, a
 * dangling link, a folder without permission, a FIFO or a device) is named for what it is and
 * skipped alone: every good file around it is still found. A folder with no source is said.
 */
export function findSources(root: string, extra: string | undefined, content: string = join(root, 'content')): { files: string[]; problems: string[] } {
  const problems: string[] = [];
  const shown = (path: string) => relative(root, path) || path;
  const listed = (extra ?? '').split(':').filter((s) => s.trim() !== '').map((s) => resolve(root, s));
  const files = new Set<string>();
  // Folders already read, by their real path: a link back to one of them (`d -> .`) is not read again.
  const visited = new Set<string>();

  const skip = (path: string, what: string) => problems.push(`${shown(path)}: ${what}`);

  /** Reads one folder's entries, each on its own: a bad one never hides the others. */
  const walk = (folder: string): void => {
    let real: string;
    let names: string[];
    try {
      real = realpathSync(folder);
      names = readdirSync(folder).sort();
    } catch (error) {
      skip(folder, `a folder that cannot be read (${osReason(error)}); skipped`);
      return;
    }
    if (visited.has(real)) {
      skip(folder, `a link to a folder already read (${shown(real)}); skipped`);
      return;
    }
    visited.add(real);
    for (const name of names) {
      const child = join(folder, name);
      const stats = statOf(child);
      if ('problem' in stats) {
        if (stats.folderLike || SOURCE_FILE.test(name)) skip(child, stats.problem);
      } else if (stats.isDirectory()) walk(child);
      else if (!SOURCE_FILE.test(name)) continue;
      else if (stats.isFile()) files.add(child);
      else skip(child, `${linkNote(child)}${notRegular(stats)}, not a regular file; skipped`);
    }
  };

  for (const [i, entry] of [content, ...listed].entries()) {
    const before = files.size;
    const problemsBefore = problems.length;
    const stats = statOf(entry);
    if ('problem' in stats) {
      if (stats.missing) problems.push(`${shown(entry)}: ${i === 0 ? 'there is no such folder' : 'listed in ARCHIVE_SOURCES but there is no such file or folder'}`);
      else skip(entry, stats.problem);
      continue;
    }
    if (stats.isDirectory()) walk(entry);
    else if (stats.isFile()) files.add(entry);
    else skip(entry, `${linkNote(entry)}${notRegular(stats)}, not a regular file; skipped`);
    // A folder that gave nothing, and whose emptiness no problem above explains.
    if (stats.isDirectory() && files.size === before && problems.length === problemsBefore) problems.push(`${shown(entry)}: no source in this folder (files ending in .txt, .xml or .pdf)`);
  }
  return { files: [...files].sort(), problems };
}

/** A path's status, following links; or what is wrong with it, a dangling link or a loop of links named as such. */
function statOf(path: string): Stats | { problem: string; missing: boolean; folderLike: boolean } {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    let link: Stats | null = null;
    try {
      link = lstatSync(path);
    } catch {
      link = null;
    }
    if (link === null) return { problem: `${osReason(error)}; skipped`, missing: code === 'ENOENT', folderLike: false };
    if (link.isSymbolicLink() && code === 'ENOENT') return { problem: `a symbolic link to ${readlinkSync(path)}, which does not exist; skipped`, missing: false, folderLike: true };
    if (link.isSymbolicLink() && code === 'ELOOP') return { problem: 'a loop of symbolic links; skipped', missing: false, folderLike: true };
    return { problem: `${osReason(error)}; skipped`, missing: false, folderLike: link.isDirectory() || link.isSymbolicLink() };
  }
}

/** "a link to /dev/zero, " for a symbolic link, so that the message says what the name stands for. */
function linkNote(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? `a link to ${readlinkSync(path)}, ` : '';
  } catch {
    return '';
  }
}
