import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResolutionSchema } from '../../src/schemas/resolution.ts';

const seed = 'content/E-RES-2015-26.zh.txt';
const parse = (...files: string[]) => spawnSync(process.execPath, ['scripts/parse.ts', ...files], { encoding: 'utf8' });

describe('npm run parse', () => {
  it('prints the model of one file as one JSON object that validates against the schema', () => {
    const run = parse(seed);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const model = ResolutionSchema.parse(JSON.parse(run.stdout));
    expect(model.symbol).toBe('E/RES/2015/26');
  });

  it('prints an array for several files', () => {
    const run = parse(seed, seed);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveLength(2);
  });

  it('names a file it cannot read on stderr, with no stack trace, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-'));
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x32, 0x30, 0x0a, 0x00, 0x01]));
    const bad = join(dir, 'latin1.txt');
    writeFileSync(bad, Buffer.from('2015/26.\n\nline two caf\xe9\n', 'latin1'));
    const run = parse(seed, join(dir, 'missing.txt'), binary, bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'missing.txt')}: no such file`);
    expect(run.stderr).toContain(`${binary}:2: binary data`);
    expect(run.stderr).toContain(`${bad}:3: bytes that are not valid UTF-8 text`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('refuses a text that is not a resolution, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parse-'));
    const prose = join(dir, 'notes.en.txt');
    writeFileSync(prose, 'Shopping list:\n\nmilk, bread.\n');
    const run = parse(prose);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${prose}: no resolution number and title`);
    expect(run.stdout).toBe('');
  });
});
