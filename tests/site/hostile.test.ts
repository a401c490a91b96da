import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { aknSource } from '../helpers/hostile/akn-source.ts';
import { PROPERTY_SEED } from '../helpers/hostile/model-texts.ts';
import { pdfSource } from '../helpers/hostile/pdf-source.ts';
import { CITATIONS } from '../helpers/hostile/pieces.ts';
import { anchorText, elements, parsePage, textOf, textOfClass, type HastNode } from '../helpers/hostile/page-dom.ts';
import { PLAIN, textSource, type HostileSource } from '../helpers/hostile/text-source.ts';

/*
 * Issue 8: hostile text, generated, end to end. fast-check makes a batch of text, Akoma Ntoso and
 * PDF sources whose paragraphs are full of MDX, JSX, Markdown and HTML syntax and awkward Unicode
 * (a few of extreme size); ONE real build makes their pages (scripts/build.ts, then scripts/site.ts
 * without the search index); each page must show each paragraph's text as the source has it, and
 * hold only the elements, attributes and scripts a page built from a plain source holds. The seed
 * is fixed: a failure names it and prints the case's source. The same generators run unit-level in
 * tests/pipeline/hostile/, where fast-check shrinks a failing case. Headings, sub-paragraphs and
 * footnotes are compared by their anchors too.
 */
const root = join(import.meta.dirname, '../..');
// A fixed folder, as the other test sites have: scripts/site.ts keeps a render cache per output folder.
const scratch = join(root, '.cache/test-hostile');

/** One case of the batch: its own seed, so that any case can be made again alone. */
const sample = (arbitrary: fc.Arbitrary<HostileSource>, seed: number) => fc.sample(arbitrary, { seed, numRuns: 1 })[0] as HostileSource;
const cases: HostileSource[] = [
  ...Array.from({ length: 24 }, (_, i) => sample(textSource(i + 1), PROPERTY_SEED + i)),
  ...Array.from({ length: 16 }, (_, i) => sample(aknSource(i + 101), PROPERTY_SEED + 100 + i)),
  ...Array.from({ length: 2 }, (_, i) => sample(textSource(i + 201, 'huge'), PROPERTY_SEED + 200 + i)),
  ...Array.from({ length: 6 }, (_, i) => sample(pdfSource(i + 301), PROPERTY_SEED + 300 + i)),
];
/** Plain sources of each kind with every structure the hostile ones can have (a heading, sub-paragraphs, a footnote, a citation): the reference pages. */
const hasEveryPart = (source: HostileSource) => {
  // The text generator makes no footnotes, the Akoma Ntoso one does; the PDF one makes paragraphs only.
  const parts = source.name.endsWith('.xml') ? ['section-', '-a', 'fn-'] : source.name.endsWith('.txt') ? ['section-', '-a'] : ['para-'];
  const cites = Object.values(source.texts).some((text) => CITATIONS.some((citation) => text.includes(citation)));
  return cites && parts.every((part) => Object.keys(source.texts).some((id) => id.includes(part)));
};
const plainOne = (arbitrary: fc.Arbitrary<HostileSource>) => fc.sample(arbitrary.filter(hasEveryPart), { seed: PROPERTY_SEED, numRuns: 1 })[0] as HostileSource;
const plains = [plainOne(textSource(997, 'ordinary', PLAIN)), plainOne(aknSource(998, PLAIN.piece)), plainOne(pdfSource(999, PLAIN.piece))];
const dist = join(scratch, 'dist');

const pagePath = (source: HostileSource) => join(dist, 'en/E/RES', source.number, 'index.html');
/** How a failing case is reported: the seed, and the source it was made from. */
const described = (source: HostileSource) => `seed ${PROPERTY_SEED}, ${source.name}:\n${new TextDecoder().decode(source.bytes).slice(0, 3000)}`;

/** The tag names, attribute names and scripts of a page. */
type Inventory = ReturnType<typeof inventory>;
function inventory(page: HastNode) {
  const all = elements(page);
  const scripts = all.filter((el) => el.tagName === 'script');
  return {
    tags: new Set(all.map((el) => el.tagName)),
    attributes: new Set(all.flatMap((el) => Object.keys(el.properties ?? {}))),
    // JSON-LD carries the page's own metadata; every other script is the site's, the same on every page.
    scripts: new Set(scripts.filter((s) => s.properties?.type !== 'application/ld+json').map((s) => `${String(s.properties?.src ?? '')}|${textOf(s)}`)),
    jsonLd: scripts.filter((s) => s.properties?.type === 'application/ld+json').map((s) => s.children ?? []),
  };
}

describe('hostile sources, built into pages', () => {
  let reference: Inventory;
  beforeAll(() => {
    const sources = join(scratch, 'sources');
    rmSync(scratch, { recursive: true, force: true });
    mkdirSync(sources, { recursive: true });
    for (const source of [...cases, ...plains]) writeFileSync(join(sources, source.name), source.bytes);
    const env = { ...process.env, ARCHIVE_SOURCES: relative(root, sources), ARCHIVE_GENERATED_DIR: join(scratch, 'generated'), ARCHIVE_OUT_DIR: dist, ARCHIVE_PAGEFIND: '0', ARCHIVE_NO_CACHE: '1' };
    execFileSync(process.execPath, ['scripts/build.ts'], { cwd: root, env, stdio: ['ignore', 'inherit', 'pipe'] });
    execFileSync(process.execPath, ['scripts/site.ts'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    const pages = plains.map((source) => inventory(parsePage(readFileSync(pagePath(source), 'utf8'))));
    reference = { tags: new Set(pages.flatMap((p) => [...p.tags])), attributes: new Set(pages.flatMap((p) => [...p.attributes])), scripts: new Set(pages.flatMap((p) => [...p.scripts])), jsonLd: [] };
  }, 600_000);

  it('builds the plain pages, the reference, with their paragraphs, headings and footnotes as written', () => {
    for (const plain of plains) {
      const page = parsePage(readFileSync(pagePath(plain), 'utf8'));
      for (const [id, text] of Object.entries(plain.texts)) expect(anchorText(page, id), `${plain.name} ${id}`).toBe(text);
    }
  });

  it.each(cases.map((source) => [source.name, source] as const))('%s: every paragraph as the source has it, and no markup of its own', (_, source) => {
    const page = parsePage(readFileSync(pagePath(source), 'utf8'));
    for (const [id, text] of Object.entries(source.texts)) expect(anchorText(page, id), `${id}, ${described(source)}`).toBe(text.normalize('NFC'));
    expect(textOfClass(page, 'doc-title-text'), described(source)).toBe(source.title.normalize('NFC'));
    if (source.recommendation) expect(textOfClass(page, 'doc-recommendation'), described(source)).toBe(source.recommendation);
    const found = inventory(page);
    expect([...found.tags].filter((tag) => !reference.tags.has(tag)), described(source)).toEqual([]);
    expect([...found.attributes].filter((name) => !reference.attributes.has(name) || /^on/i.test(name)), described(source)).toEqual([]);
    expect([...found.scripts].filter((script) => !reference.scripts.has(script)), described(source)).toEqual([]);
    // The page's metadata as JSON-LD: one text node that parses as JSON, whatever the title holds.
    for (const children of found.jsonLd) {
      expect(children.map((c) => c.type), described(source)).toEqual(['text']);
      expect(() => JSON.parse(children[0]?.value ?? ''), described(source)).not.toThrow();
    }
  });
});
