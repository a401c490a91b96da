import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../src/schemas/resolution.ts';
import { badSources, generatedParagraph, MANY_PARAGRAPHS, writeGeneratedSources, type BadSource, type Outcome } from '../helpers/bad-sources.ts';
import { modelTexts } from '../helpers/hostile/model-texts.ts';

/*
 * Issue 8, point 5: bad sources, as a corpus (tests/fixtures/bad-sources). Each ends in a model,
 * a warning naming the problem, or a refusal naming the file: never a stack trace, never a
 * silent loss. `UPDATE=1 npx vitest run tests/scripts/bad-sources.test.ts` rewrites every
 * expected.json from what `npm run parse` says; review the diff before keeping it.
 */
const root = join(import.meta.dirname, '../..');
const update = process.env.UPDATE === '1';
const scratch = mkdtempSync(join(tmpdir(), 'bad-sources-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const cases = badSources();
const generated = writeGeneratedSources(scratch);
const files = [...cases.map((c) => relative(root, c.input)), generated.manyParagraphs, generated.tenMegabytes];
// One run of the parse command over every file, as a user would give it several.
const run = spawnSync(process.execPath, ['scripts/parse.ts', ...files], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
const messages = run.stderr.split('\n').filter((line) => line !== '');
const refusalOf = (file: string) => messages.find((line) => line.startsWith(`parse: ${file}:`)) ?? null;
// The models come out in the order of the files read.
const models = JSON.parse(run.stdout || '[]') as Resolution[];
const modelOf = new Map<string, Resolution>();
for (const file of files.filter((f) => refusalOf(f) === null)) modelOf.set(file, models[modelOf.size] as Resolution);

/** What the command made of a case, in the form of its expected.json: the message with the file as `input.*`. */
function outcomeOf(c: BadSource): Outcome {
  const file = relative(root, c.input);
  const refusal = refusalOf(file);
  if (refusal !== null) return { outcome: 'refused', message: refusal.replace(`parse: ${file}`, basename(file)) };
  return { outcome: 'model', resolution: modelOf.get(file) as Resolution };
}

describe('the bad-sources corpus through npm run parse', () => {
  it('gives a message for each file it refuses, with no stack trace, and exits non-zero', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(messages.every((line) => line.startsWith('parse: '))).toBe(true);
    expect(models.length + messages.length).toBe(files.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s ends as its expected.json says', (name, c) => {
    const outcome = outcomeOf(c);
    if (update) writeFileSync(join(dirname(c.input), 'expected.json'), `${JSON.stringify(outcome, null, 2)}\n`);
    expect(c.expected ?? outcome, `${name}/expected.json is missing: run with UPDATE=1 and review it`).not.toBeNull();
    expect(outcome).toEqual(update ? outcome : c.expected);
  });

  it('names the line of undecodable bytes, of a DOCTYPE\'s entities and of a truncated XML', () => {
    const line = (name: string) => /^input\.\w+:(\d+): /.exec((outcomeOf(cases.find((c) => c.name === name) as BadSource) as { message: string }).message)?.[1];
    expect(line('undecodable-bytes')).toBe('14');
    expect(line('billion-laughs')).toBe('3');
    expect(Number(line('truncated-xml'))).toBeGreaterThan(1);
  });

  it('reads a byte order mark and UTF-16 with one as the same text: every paragraph of the UTF-8 file, word for word', () => {
    const texts = (name: string) => modelTexts(modelOf.get(relative(root, (cases.find((c) => c.name === name) as BadSource).input)) as Resolution);
    const plain = texts('good-text');
    expect(Object.keys(plain).length).toBeGreaterThan(5);
    for (const name of ['utf-8-bom', 'utf-16-le-bom', 'utf-16-be-bom']) expect(texts(name), name).toEqual(plain);
  });

  it('tells the kind from the content: a .txt holding Akoma Ntoso or a PDF is read as one', () => {
    const symbol = (name: string) => modelOf.get(relative(root, (cases.find((c) => c.name === name) as BadSource).input))?.symbol;
    expect(symbol('txt-really-xml')).toBe('E/RES/2023/18');
    expect(symbol('txt-really-pdf')).toBe('E/RES/2099/81');
  });

  it('keeps all 2,000 paragraphs of a long text, each with its own words', () => {
    const model = modelOf.get(generated.manyParagraphs) as Resolution;
    expect(model.body).toHaveLength(MANY_PARAGRAPHS);
    expect(model.body.map((b) => b.text)).toEqual(Array.from({ length: MANY_PARAGRAPHS }, (_, i) => generatedParagraph(i + 1)));
    expect(model.warnings).toEqual([]);
  });

  it('reads a text of over 10 MB whole: every paragraph, every character', () => {
    const model = modelOf.get(generated.tenMegabytes) as Resolution;
    expect(model.body).toHaveLength(generated.tenMegabytesCount);
    const words = (model.body[0]?.text.match(/shall be considered further/g) ?? []).length;
    expect(model.body.map((b) => b.text)).toEqual(Array.from({ length: generated.tenMegabytesCount }, (_, i) => generatedParagraph(i + 1, words)));
    expect(model.warnings).toEqual([]);
  });
});
