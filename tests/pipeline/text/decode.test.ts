import { describe, expect, it } from 'vitest';
import { SourceError } from '../../../src/pipeline/source-error.ts';
import { decodeText } from '../../../src/pipeline/text/decode.ts';
import { seedBytes, seedLines, seedText } from './helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** UTF-16 bytes of `text` with a byte order mark, little- or big-endian. */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const [high, low] = [code >> 8, code & 0xff];
    bytes.set(endian === 'le' ? [low, high] : [high, low], 2 + i * 2);
  }
  return bytes;
}

/** The SourceError that decoding `bytes` as `file` throws. */
function refusal(bytes: Uint8Array, file = 'content/bad.zh.txt'): SourceError {
  try {
    decodeText(bytes, file);
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('decodeText accepted the bytes');
}

describe('decodeText', () => {
  describe('reads text', () => {
    it('decodes the UTF-8 seed unchanged', () => {
      expect(decodeText(seedBytes, 'seed.zh.txt')).toBe(seedText);
    });

    it('drops a UTF-8 byte order mark', () => {
      expect(decodeText(utf8('\uFEFF2015 年会议'), 'a.txt')).toBe('2015 年会议');
    });

    it('decodes UTF-16 little-endian with a byte order mark, the BOM dropped', () => {
      const text = seedLines(13, 20).join('\r\n');
      expect(decodeText(utf16(text, 'le'), 'a.txt')).toBe(text);
    });

    it('decodes UTF-16 big-endian with a byte order mark, the BOM dropped', () => {
      const text = ' 经济及社会理事会，\n 回顾信息社会世界首脑会议的成果文件，';
      expect(decodeText(utf16(text, 'be'), 'a.txt')).toBe(text);
    });

    it('keeps characters outside the Basic Multilingual Plane', () => {
      expect(decodeText(utf16('𠀀 and 𝔸', 'le'), 'a.txt')).toBe('𠀀 and 𝔸');
    });

    it('normalises to NFC, so that a decomposed é equals a composed one', () => {
      expect(decodeText(utf8('Re\u0301solution'), 'a.txt')).toBe('R\u00e9solution');
    });

    it('removes the noncharacters the pipeline uses for footnote placeholders, so a source cannot forge a mark', () => {
      expect(decodeText(utf8('报告，\uFDD01\uFDD1特别'), 'a.txt')).toBe('报告，1特别');
      expect(decodeText(utf8('a\uFDEFb'), 'a.txt')).toBe('ab');
    });

    it('keeps form feeds and carriage returns for the line splitter', () => {
      expect(decodeText(utf8('a\r\n\fb\rc'), 'a.txt')).toBe('a\r\n\fb\rc');
    });
  });

  describe('refuses what is not text, naming the file and, where there is one, the line', () => {
    it('refuses an empty file', () => {
      const error = refusal(new Uint8Array(), 'content/empty.zh.txt');
      expect(error.message).toBe('content/empty.zh.txt: the file is empty');
      expect(error.file).toBe('content/empty.zh.txt');
      expect(error.line).toBeNull();
    });

    it('refuses a file of white space only, and one that holds only a byte order mark', () => {
      expect(refusal(utf8(' \n\t\n\u3000\n')).message).toBe('content/bad.zh.txt: the file holds only white space');
      expect(refusal(Uint8Array.from([0xef, 0xbb, 0xbf])).message).toMatch(/white space/);
      expect(refusal(Uint8Array.from([0xff, 0xfe])).message).toMatch(/white space/);
    });

    it('refuses binary data, giving the line of the NUL byte', () => {
      const error = refusal(utf8(`${seedLines(1, 3).join('\n')}\n\u0000\u0001\u0002`), 'content/x.bin.txt');
      expect(error.message).toBe('content/x.bin.txt:4: binary data (a NUL byte): not a text file');
      expect(error.line).toBe(4);
    });

    it('refuses UTF-16 text without a byte order mark, saying so (its Latin letters carry NUL bytes), in either byte order', () => {
      expect(refusal(utf16('Resolution', 'le').subarray(2)).message).toBe('content/bad.zh.txt: UTF-16 text without a byte order mark; save it as UTF-8 (or as UTF-16 with one)');
      expect(refusal(utf16('Resolution', 'be').subarray(2)).message).toMatch(/UTF-16 text without a byte order mark/);
    });

    it('takes a few NUL bytes in a short file for binary data, not for UTF-16', () => {
      expect(refusal(Uint8Array.from([0x32, 0x30, 0x0a, 0x00, 0x01])).message).toMatch(/:2: binary data/);
    });

    it('refuses invalid UTF-8, giving the line of the bad bytes', () => {
      const bytes = Uint8Array.from([...utf8('2015 年会议\n\n议程项目 18(b)\n'), 0xe8, 0xae, 0x41, ...utf8('\n')]);
      const error = refusal(bytes, 'content/cut.zh.txt');
      expect(error.message).toBe('content/cut.zh.txt:4: bytes that are not valid UTF-8 text');
      expect(error.line).toBe(4);
    });

    it('refuses a Latin-1 file (a lone é byte) with the line it stands on', () => {
      const bytes = Uint8Array.from([...utf8('Resolution adopted by the Economic and Social Council\n\nR'), 0xe9, ...utf8('solution')]);
      expect(refusal(bytes).message).toBe('content/bad.zh.txt:3: bytes that are not valid UTF-8 text');
    });

    it('refuses UTF-16 cut in the middle of a character', () => {
      const bytes = utf16('经济\n理事会', 'le');
      expect(refusal(bytes.subarray(0, bytes.length - 1)).message).toBe('content/bad.zh.txt:2: bytes that are not valid UTF-16LE text');
    });

    it('points at the line of the invalid bytes even when the text holds a genuine replacement character earlier', () => {
      const bytes = Uint8Array.from([...utf8('表\uFFFD格\n\n'), 0xff, ...utf8('\n')]);
      expect(refusal(bytes).line).toBe(3);
    });

    it('counts lines the way the rest of the importer does when lines end with a lone carriage return', () => {
      expect(refusal(utf8('a\rb\r\u0000')).line).toBe(3);
    });
  });
});
