import { importAkn } from './akn/import-akn.ts';
import type { Imported } from './imported.ts';
import { importPdf } from './pdf/import-pdf.ts';
import { importText } from './text/import-text.ts';

/** The kinds of source the archive reads, told from their content. */
export type SourceKind = 'text' | 'akn' | 'pdf';

const AKN_ROOT = /^<(?:[\w.-]+:)?akomaNtoso[\s>]/;

/** Tells a source's kind from its first bytes: "%PDF-", an XML document, or else text. */
export function sourceKind(bytes: Uint8Array): SourceKind {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('%PDF-')) return 'pdf';
  // An XML declaration, or the Akoma Ntoso root itself, with or without a namespace prefix.
  if (head.startsWith('<?xml') || AKN_ROOT.test(head)) return 'akn';
  return 'text';
}

/**
 * Imports one source file of any kind into the model, or rejects with a SourceError naming
 * the file. Asynchronous because reading a PDF is.
 */
export async function importSource(bytes: Uint8Array, file: string): Promise<Imported> {
  const kind = sourceKind(bytes);
  if (kind === 'text') return importText(bytes, file);
  if (kind === 'pdf') return importPdf(bytes, file);
  return importAkn(bytes, file);
}
