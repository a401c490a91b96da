import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { importAkn } from '../../../src/pipeline/akn/import-akn.ts';
import { parseAkn } from '../../../src/pipeline/akn/parse-akn.ts';
import type { Block } from '../../../src/schemas/block.ts';
import type { Para } from '../../../src/schemas/para.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { resolutionToAkn } from '../../../src/export/akn/to-akn.ts';
import { el, serialise, type XmlElement } from '../../../src/export/akn/xml.ts';

/** The OASIS schema, from the shared folder beside the repository (absent on some machines). */
export const SCHEMA = join(import.meta.dirname, '../../../../shared/schema/akomantoso30.xsd');
/** Debian's libxml2-utils. */
export const XMLLINT = '/usr/bin/xmllint';

/** A paragraph of the model; what a test does not give is empty. */
export function para(id: string, text: string, more: Partial<Omit<Para, 'kind' | 'id' | 'text'>> = {}): Para {
  return { kind: 'para', id, num: null, text, notes: [], items: [], ...more };
}

/** A heading of the model. */
export function heading(id: string, text: string): Block {
  return { kind: 'heading', id, text };
}

/** A resolution; what a test does not give is filled in with E/RES/2023/3 in English. */
export function model(parts: Partial<Resolution> = {}): Resolution {
  return {
    symbol: 'E/RES/2023/3',
    organ: 'ECOSOC',
    number: '2023/3',
    lang: 'en',
    title: 'A title',
    adopted: '2023-06-07',
    meeting: 25,
    agendaItem: '18 (b)',
    preamble: [],
    body: [para('para-1', 'Decides to do something;', { num: '1' })],
    annexes: [],
    footnotes: [],
    refs: [],
    warnings: [],
    ...parts,
  };
}

/** The model the project's AKN importer reads back from the export. */
export function roundTrip(resolution: Resolution): Resolution {
  return importAkn(new TextEncoder().encode(resolutionToAkn(resolution)), `${resolution.symbol} (${resolution.lang}).akn.xml`).resolution;
}

/** The model without what may legitimately differ after a round trip: the importer's warnings. */
export function comparable(resolution: Resolution): Omit<Resolution, 'warnings'> {
  const { warnings: _warnings, ...rest } = resolution;
  return rest;
}

/** Whether xmllint can run here, and why not. */
export function xmllintProblem(): string | null {
  const run = spawnSync(XMLLINT, ['--version'], { encoding: 'utf8' });
  if (run.error) return `${XMLLINT} cannot run (${run.error.message}): install Debian's libxml2-utils (apt-get install libxml2-utils)`;
  return null;
}

/**
 * Validates many XML documents against the schema in one xmllint run (the schema is parsed
 * once): each document's errors by its name, none for a valid one. Throws when xmllint is
 * missing, naming the package to install.
 */
export function validate(documents: Map<string, string>, schema = SCHEMA): Map<string, string[]> {
  const problem = xmllintProblem();
  if (problem) throw new Error(problem);
  const dir = mkdtempSync(join(tmpdir(), 'akn-export-'));
  try {
    const files = [...documents.keys()].map((name, i) => {
      const file = join(dir, `${i}.xml`);
      writeFileSync(file, documents.get(name) as string);
      return { name, file };
    });
    const run = spawnSync(XMLLINT, ['--noout', '--schema', schema, ...files.map((f) => f.file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const out = `${run.stdout}\n${run.stderr}`;
    const errors = new Map<string, string[]>();
    for (const { name, file } of files) {
      const lines = out.split('\n').filter((l) => l.startsWith(`${file}:`) || l === `${file} fails to validate`);
      if (!out.includes(`${file} validates`)) errors.set(name, lines.length > 0 ? lines : [`${file}: no verdict from xmllint`]);
      else errors.set(name, []);
    }
    return errors;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The element an exporter part returns, written and parsed again with the importer's parser (xmldom), in the AKN namespace. */
export function parsed(node: XmlElement): Element {
  const xml = serialise(el(node.name, { xmlns: 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0', ...node.attrs }, ...node.children));
  const doc = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(xml, 'text/xml');
  return doc.documentElement as Element;
}

/** The `statement` of a whole export, parsed by the importer's own first stage. */
export function statementOf(resolution: Resolution): Element {
  return parseAkn(new TextEncoder().encode(resolutionToAkn(resolution)), 'export.akn.xml');
}

/** Every element named `name` under `root`, in document order. */
export function all(root: Element, name: string): Element[] {
  return Array.from(root.getElementsByTagName(name));
}
