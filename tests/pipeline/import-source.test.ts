import { describe, expect, it } from 'vitest';
import { importSource, sourceKind } from '../../src/pipeline/import-source.ts';
import { SourceError } from '../../src/pipeline/source-error.ts';
import { importText } from '../../src/pipeline/text/import-text.ts';
import { SEED_FILE, seedBytes } from './text/helpers.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('sourceKind', () => {
  it('tells a PDF from its "%PDF-" header', () => {
    expect(sourceKind(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
  });

  it('tells Akoma Ntoso XML from an XML declaration or the root element, after a byte order mark or white space', () => {
    expect(sourceKind(utf8('<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso/>'))).toBe('akn');
    expect(sourceKind(utf8('\uFEFF\n  <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"/>'))).toBe('akn');
  });

  it('takes everything else for text: the seed, UTF-16 text, a text that mentions "%PDF-" further on', () => {
    expect(sourceKind(seedBytes)).toBe('text');
    expect(sourceKind(Uint8Array.from([0xff, 0xfe, 0x31, 0x00]))).toBe('text');
    expect(sourceKind(utf8('See the file report.pdf (%PDF-1.4).'))).toBe('text');
  });

  it('takes by content, not by name: the kind does not depend on an extension', () => {
    expect(sourceKind(utf8('%PDF-1.4'))).toBe('pdf');
  });
});

describe('importSource', () => {
  it('imports a text source as the text importer does', async () => {
    const imported = await importSource(seedBytes, SEED_FILE);
    expect(imported.resolution).toEqual(importText(seedBytes, SEED_FILE).resolution);
  });

  it('rejects a text it cannot read with the text importer\'s SourceError, naming the file', async () => {
    await expect(importSource(new Uint8Array(), 'content/empty.txt')).rejects.toThrow(SourceError);
    await expect(importSource(new Uint8Array(), 'content/empty.txt')).rejects.toThrow(/^content\/empty\.txt: the file is empty$/);
  });

  it('rejects a PDF it cannot read with a SourceError naming the file, whatever its name', async () => {
    const error = await importSource(utf8('%PDF-1.7\n%%EOF\n'), 'content/broken.txt').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message.startsWith('content/broken.txt')).toBe(true);
  });

  it('rejects Akoma Ntoso XML it cannot read with a SourceError naming the file', async () => {
    const error = await importSource(utf8('<?xml version="1.0"?>\n<akomaNtoso/>'), 'content/empty.xml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message.startsWith('content/empty.xml')).toBe(true);
  });
});
