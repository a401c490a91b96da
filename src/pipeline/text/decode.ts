import { SourceError } from '../source-error.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a text source's bytes: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Bytes that are not valid text are refused with the line they stand on, never replaced silently.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new SourceError(file, null, 'the file is empty');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict('utf-16le', bytes.subarray(2), file);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict('utf-16be', bytes.subarray(2), file);
  else text = decodeStrict('utf-8', bytes, file);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new SourceError(file, lineOf(text, nul), 'binary data (a NUL byte): not a text file');
  if (text.trim() === '') throw new SourceError(file, null, 'the file holds only white space');
  // The pipeline marks footnote references with Unicode noncharacters; text must not bring its own.
  return text.normalize('NFC').replace(/[\uFDD0-\uFDEF]/g, '');
}

function decodeStrict(encoding: string, bytes: Uint8Array, file: string): string {
  const decoder = encoding === 'utf-8' ? utf8 : new TextDecoder(encoding, { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    const good = new TextDecoder(encoding).decode(bytes);
    const bad = good.indexOf('\uFFFD');
    const line = bad >= 0 ? lineOf(good, bad) : null;
    throw new SourceError(file, line, `bytes that are not valid ${encoding.toUpperCase()} text`);
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
