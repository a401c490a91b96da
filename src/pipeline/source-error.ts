/**
 * A source the archive cannot read. The message names the file, and the line where
 * there is one, so that the reader of a build log can go straight to the problem.
 */
export class SourceError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, reason: string) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`);
    this.name = 'SourceError';
    this.file = file;
    this.line = line;
  }
}
