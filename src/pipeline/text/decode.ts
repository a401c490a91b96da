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
  else if (looksLikeUtf16(bytes)) throw new SourceError(file, null, 'UTF-16 text without a byte order mark; save it as UTF-8 (or as UTF-16 with one)');
  else if (bytes.includes(0)) throw binaryData(file, new TextDecoder('utf-8').decode(bytes.subarray(0, bytes.indexOf(0))));
  else text = decodeStrict('utf-8', bytes, file);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\0')) throw binaryData(file, text.slice(0, text.indexOf('\0')));
  if (text.trim() === '') throw new SourceError(file, null, 'the file holds only white space');
  // The pipeline marks footnote references with Unicode noncharacters; text must not bring its own.
  return text.normalize('NFC').replace(/[\uFDD0-\uFDEF]/g, '');
}

/**
 * The refusal of a file with a NUL byte, at the line where it stands (`before` is the text up to
 * it). Checked before UTF-8 is decoded, so that a Word or other binary file is called what it is.
 */
function binaryData(file: string, before: string): SourceError {
  return new SourceError(file, lineOf(before, Infinity), 'binary data (a NUL byte): not a text file');
}

function decodeStrict(encoding: string, bytes: Uint8Array, file: string): string {
  const decoder = encoding === 'utf-8' ? utf8 : new TextDecoder(encoding, { fatal: true });
  try {
    return decoder.decode(bytes);
  } catch {
    // The line of the first bad byte: in UTF-8, the text before it decodes and its lines are counted;
    // in UTF-16, where bad units are rare, the first replacement character of a lenient decoding.
    const lenient = new TextDecoder(encoding).decode(bytes);
    const bad = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : lenient.indexOf('\uFFFD');
    const before = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes.subarray(0, Math.max(bad, 0))) : lenient.slice(0, Math.max(bad, 0));
    const line = bad >= 0 ? lineOf(before, Infinity) : null;
    throw new SourceError(file, line, `bytes that are not valid ${encoding.toUpperCase()} text`);
  }
}

/**
 * UTF-16 without a byte order mark: text in Latin, Cyrillic or Arabic script then has a NUL in
 * every other byte. Told from the first kilobyte, where at least half of the even (big-endian)
 * or odd (little-endian) bytes, and at least eight, are NUL and none of the others is.
 */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024 - (Math.min(bytes.length, 1024) % 2));
  if (head.length < 16) return false;
  let even = 0;
  let odd = 0;
  head.forEach((b, i) => {
    if (b === 0 && i % 2 === 0) even++;
    else if (b === 0) odd++;
  });
  const half = head.length / 2;
  return (even >= Math.max(8, half / 2) && odd === 0) || (odd >= Math.max(8, half / 2) && even === 0);
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      utf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

/** The 1-based line of `offset`, counting line ends as toSourceLines does (\r\n, \r or \n). */
function lineOf(text: string, offset: number): number {
  const before = text.slice(0, Math.min(offset, text.length));
  return before.split(/\r\n|\r|\n/).length;
}
