import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CITE_FORMATS } from '../../src/cite/index.ts';
import { citedParagraph, modelExcerpt } from '../../src/docs/examples.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { LANGS } from '../../src/schemas/lang.ts';
import { ResolutionSchema } from '../../src/schemas/resolution.ts';
import { docsSitePath } from '../helpers/docs-pages.ts';
import { pdfSource } from '../helpers/hostile/pdf-source.ts';
import { attributeValues, textOf } from '../helpers/html.ts';

/*
 * Issue 16, point 2: an archive built without the seed (ARCHIVE_CONTENT_DIR, a folder of two of
 * our synthetic fixtures, in place of content/) still builds its docs, and their examples come
 * from the page of the archive that shows the most of them: en/E/RES/2016/3, which has
 * sub-paragraphs, over zh/E/RES/2016/1, first in the UN's language order but with none. Examples
 * the page lacks (preamble-3, para-48-c, a footnote) are left out or shown without a link. An
 * archive of one PDF (no text or Akoma Ntoso page to take examples from) builds its docs too,
 * which say so in each language.
 */
const root = join(import.meta.dirname, '../..');
// Fixed folders, as the other test sites have: scripts/site.ts keeps a render cache per output folder.
const work = join(root, '.cache/test-docs-without-seed');
const dist = join(work, 'dist');
const base = '/archive/';
const SAMPLE = 'en/E/RES/2016/3';
const read = (path: string, site = dist) => readFileSync(join(site, path), 'utf8');
const docsHtml = (id: string, lang: (typeof LANGS)[number] = 'en', site = dist) => read(`${docsSitePath(lang, id)}index.html`, site);

/** Runs `npm run build`'s two steps on an archive whose content folder holds only `files` (name to bytes), in folders of its own under `dir`; their output. */
function buildArchive(dir: string, files: Record<string, Uint8Array | string>): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, 'content', name), bytes);
  // Not the variables Vitest sets in its workers' environment for import.meta.env (BASE_URL "/"
  // among them): Astro's own import.meta.env would take them over the build's base.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)));
  const env = {
    ...inherited,
    ARCHIVE_CONTENT_DIR: join(dir, 'content'),
    ARCHIVE_SOURCES: '',
    ARCHIVE_GENERATED_DIR: join(dir, 'generated'),
    ARCHIVE_OUT_DIR: join(dir, 'dist'),
    ARCHIVE_BASE: base,
    ARCHIVE_SITE: '',
    ARCHIVE_PAGEFIND: '0',
    ARCHIVE_NO_CACHE: '1',
    ARCHIVE_STRICT: '',
  };
  let output = '';
  for (const script of ['scripts/build.ts', 'scripts/site.ts']) {
    const run = spawnSync(process.execPath, [script], { cwd: root, encoding: 'utf8', env });
    output += run.stdout + run.stderr;
    if (run.status !== 0) throw new Error(`${script} exited with ${run.status}:\n${output}`);
  }
  return output;
}

/** The code text of the first `<pre>` inside the element marked `data-docs-example="name"`. */
function example(html: string, name: string): string {
  const at = html.indexOf(`data-docs-example="${name}"`);
  expect(at, `example "${name}"`).toBeGreaterThan(0);
  const start = html.indexOf('<pre', at);
  return textOf(html.slice(start, html.indexOf('</pre>', start)));
}

describe('the docs of an archive built without the seed', () => {
  let output = '';
  beforeAll(() => {
    const fixture = (name: string) => readFileSync(join(root, 'tests/fixtures/site', name));
    output = buildArchive(work, { 'E-RES-2016-1.zh.txt': fixture('E-RES-2016-1.zh.txt'), 'E-RES-2016-3.en.txt': fixture('E-RES-2016-3.en.txt') });
  }, 600_000);

  it('builds, with no stack trace, and without the seed', () => {
    expect(output).not.toMatch(/^\s+at /m);
    expect(existsSync(join(dist, 'zh/E/RES/2015/26/index.html'))).toBe(false);
    expect(existsSync(join(dist, `${SAMPLE}/index.html`))).toBe(true);
  });

  it('writes every docs page, the reader’s in all six languages', () => {
    for (const lang of LANGS) for (const id of ['index', 'citing']) expect(existsSync(join(dist, docsSitePath(lang, id), 'index.html')), `${lang} ${id}`).toBe(true);
    expect(existsSync(join(dist, docsSitePath('en', 'model-and-exports'), 'index.html'))).toBe(true);
  });

  it('show the model and the catalogue entry of the page that shows the most of the examples, as served', () => {
    const served = ResolutionSchema.parse(JSON.parse(read(`${SAMPLE}.json`)));
    const html = docsHtml('model-and-exports');
    expect(JSON.parse(example(html, 'model'))).toEqual(modelExcerpt(served));
    expect(html).toContain(`href="${base}${SAMPLE}.json"`);
    expect(textOf(html)).toContain(`, abridged: ${served.preamble.length} preambular paragraphs, ${served.body.length} blocks of the operative part, 0 footnotes and 0 references in the whole;`);
    expect(textOf(html)).toContain('of this site lists 2 resolutions; the entry of E/RES/2016/3:');
    const catalogue = JSON.parse(read('api/index.json'));
    expect(JSON.parse(example(html, 'catalogue')).resolutions).toEqual(catalogue.resolutions.filter((r: { symbol: string }) => r.symbol === 'E/RES/2016/3'));
    // The paragraph with sub-paragraphs, as the Akoma Ntoso export serves it.
    const akn = read(`${SAMPLE}.akn.xml`).split('\n').map((line) => line.trim());
    const lines = example(html, 'akn-paragraph').split('\n').map((line) => line.trim());
    expect(akn.slice(akn.indexOf(lines[0]!), akn.indexOf(lines[0]!) + lines.length)).toEqual(lines);
  });

  it('cite that page, whole and at a sub-paragraph, in every language', () => {
    const resolution = ResolutionSchema.parse(JSON.parse(read(`${SAMPLE}.json`)));
    const url = new URL(`${base}${SAMPLE}/`, 'https://example.org').href;
    const paraId = citedParagraph(resolution)!.id;
    expect(paraId).toMatch(/^para-\d+-[a-z]$/);
    for (const lang of LANGS) {
      const html = docsHtml('citing', lang);
      for (const format of CITE_FORMATS.filter((f) => f.kind === 'text')) {
        const start = html.indexOf(`<div data-format="${format.id}">`);
        const codes = [...html.slice(start, html.indexOf('</div>', start)).matchAll(/<code[^>]*>([^]*?)<\/code>/g)].map((m) => textOf(m[1]!));
        expect(codes, `${lang} ${format.id}`).toEqual([{ resolution, url }, { resolution, url, paraId }].map((input) => format.cite(input)));
      }
      // The prose's sub-paragraph and the anchors it has link to that page; none to the seed.
      const links = attributeValues(html, 'href');
      expect(links, lang).toContain(`${base}${SAMPLE}/#${paraId}`);
      expect(links.filter((href) => href.includes('2015/26')), lang).toEqual([]);
      expect(textOf(html), lang).toContain(uiStrings(lang).docs.anchorOnSample('E/RES/2016/3', 'en'));
      expect(textOf(docsHtml('index', lang)), lang).not.toContain(uiStrings(lang).docs.noSample);
      expect(attributeValues(docsHtml('index', lang), 'href'), lang).toContain(`${base}${SAMPLE}/`);
    }
  });

  it('link only the anchors the page has', () => {
    const html = docsHtml('citing');
    const anchors = attributeValues(html, 'href').filter((href) => href.startsWith(`${base}${SAMPLE}/#`));
    const page = read(`${SAMPLE}/index.html`);
    for (const href of anchors) expect(page, href).toContain(`id="${href.slice(href.indexOf('#') + 1)}"`);
    expect(anchors).not.toContain(`${base}${SAMPLE}/#para-48-c`);
  });
});

describe('the docs of an archive with no text or Akoma Ntoso page', () => {
  const dir = join(root, '.cache/test-docs-no-sample');
  const site = join(dir, 'dist');
  beforeAll(() => {
    // One PDF resolution, of plain words: a page the docs cannot take examples from (a PDF is read asynchronously).
    const pdf = fc.sample(pdfSource(1, fc.constantFrom('development', 'of', 'the', 'programme')), { seed: 16, numRuns: 1 })[0]!;
    buildArchive(dir, { [pdf.name]: pdf.bytes });
  }, 600_000);

  it('writes every docs page, each saying in its language that there is no resolution to show examples from', () => {
    expect(existsSync(join(site, 'en/E/RES/2099/1/index.html'))).toBe(true);
    for (const lang of LANGS) {
      for (const id of ['index', 'citing']) expect(textOf(docsHtml(id, lang, site)), `${lang} ${id}`).toContain(uiStrings(lang).docs.noSample);
      expect(attributeValues(docsHtml('citing', lang, site), 'href').filter((href) => href.includes('/E/RES/')), lang).toEqual([]);
    }
    const exports = docsHtml('model-and-exports', 'en', site);
    expect(textOf(exports)).toContain(uiStrings('en').docs.noSample);
    expect(exports).not.toContain('data-docs-example="model"');
    expect(textOf(exports)).toContain('of this site lists 1 resolution.');
  });
});
