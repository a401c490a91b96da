import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFUSALS, WARNINGS } from '../../src/docs/warnings.ts';

/*
 * The docs list every warning and refusal the build can print (src/docs/warnings.ts, shown at
 * /en/docs/adding-resolutions/). The messages are read out of the code here, so that a new or
 * reworded one fails this test until the docs follow.
 */
const root = join(import.meta.dirname, '../..');

/** The TypeScript source of every file under these folders, and these files. */
function sources(...paths: string[]): string[] {
  return paths.flatMap((path) =>
    path.endsWith('.ts')
      ? [readFileSync(join(root, path), 'utf8')]
      : readdirSync(join(root, path), { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.ts'))
          .sort()
          .map((file) => readFileSync(join(root, path, file), 'utf8')),
  );
}

/** A template literal's text with every `${…}` written "…", as the docs write placeholders. */
const placeholders = (text: string) => text.replace(/\$\{[^}]*\}/g, '…');

/** Every warning the importers push: the template literals that start `line ${…}: `. */
function warningMessages(): Set<string> {
  const found = sources('src/pipeline').flatMap((code) => [...code.matchAll(/`line \$\{[^}]*\}: ((?:[^`$]|\$\{[^}]*\})*)`/g)]);
  return new Set(found.map((m) => placeholders(m[1]!)));
}

/** Every refusal's reason: the last string literal of each `new SourceError(` line, and those read-pdf.ts's openFailure returns. */
function refusalMessages(): Set<string> {
  const literal = /'((?:[^'\\]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g;
  const lastLiteral = (line: string) => {
    const last = [...line.matchAll(literal)].at(-1);
    return last ? [placeholders(last[1] ?? last[2]!)] : [];
  };
  const thrown = sources('src/pipeline')
    .flatMap((code) => code.split('\n'))
    .filter((line) => line.includes('new SourceError('))
    .flatMap(lastLiteral);
  const readPdf = readFileSync(join(root, 'src/pipeline/pdf/read-pdf.ts'), 'utf8');
  const openFailure = /function openFailure[^]*?\n\}/.exec(readPdf)?.[0] ?? '';
  expect(openFailure, 'read-pdf.ts has an openFailure function').not.toBe('');
  const returned = openFailure.split('\n').filter((line) => line.includes('return ')).flatMap(lastLiteral);
  return new Set([...thrown, ...returned]);
}

describe('the documented warnings and refusals', () => {
  it('are exactly the warnings the importers print', () => {
    expect(WARNINGS.map((w) => w.message).sort()).toEqual([...warningMessages()].sort());
  });

  it('include every refusal of the importers', () => {
    const documented = new Set(REFUSALS.map((r) => r.message));
    expect([...refusalMessages()].filter((m) => !documented.has(m))).toEqual([]);
  });

  it('are each printed by the code: none is left over from a message that is gone', () => {
    const code = sources('src/pipeline', 'scripts').join('\n');
    const gone = REFUSALS.filter(({ message }) => {
      const pattern = message.split('…').map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\$\\{[^}]*\\}');
      return !new RegExp(pattern).test(code);
    });
    expect(gone.map((r) => r.message)).toEqual([]);
  });

  it('each say what they mean, once', () => {
    for (const list of [WARNINGS, REFUSALS]) {
      expect(new Set(list.map((e) => e.message)).size).toBe(list.length);
      for (const entry of list) expect(entry.meaning.length, entry.message).toBeGreaterThan(10);
    }
  });
});
