import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { bluebookCitation } from '../../src/cite/bluebook.ts';
import { PIN_WORDS, pinText, type EnglishPin } from '../../src/cite/english-pin.ts';
import { CitationTargetError } from '../../src/cite/index.ts';
import { oscolaCitation } from '../../src/cite/oscola.ts';
import { pageCitations } from '../../src/cite/page.ts';
import { unCitation } from '../../src/cite/un.ts';
import { ResolutionSchema, type Resolution } from '../../src/schemas/resolution.ts';
import { attributeValues, elementById, textOf } from '../helpers/html.ts';
import { paragraphsOf } from '../helpers/model-ids.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';

/** "Cite this" on the seed's page, the ¶'s citation data, and the citation downloads beside the page. */
const LANG = 'zh';
const SYMBOL = 'E/RES/2015/26';

const siteDir = inject('siteDir');
const base = inject('siteBase');
const root = resolve(import.meta.dirname, '../..');
const pagePath = `${base}${LANG}/${SYMBOL}/`;

let html: string;
let model: Resolution;
let server: StaticServer;

beforeAll(async () => {
  html = readFileSync(join(siteDir, LANG, SYMBOL, 'index.html'), 'utf8');
  model = ResolutionSchema.parse(JSON.parse(readFileSync(join(root, '.generated/models', LANG, `${SYMBOL}.json`), 'utf8')));
  server = await startStaticServer(siteDir, base);
});

afterAll(async () => {
  await server?.close();
});

/** The attributes of an HTML start tag, values decoded ("" for one without a value). */
function attributesOf(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/ ([a-z-]+)(?:="([^"]*)")?/g)].map((m) => [m[1], textOf(m[2] ?? '')]));
}

/** The `<button class="para-cite">` of each paragraph: its id (from the ¶ before it) and its attributes. */
function paragraphControls(): Map<string, Record<string, string>> {
  const controls = new Map<string, Record<string, string>>();
  for (const m of html.matchAll(/<a class="permalink" href="#([^"]+)"[^>]*>¶<\/a>(<button type="button" class="para-cite"[^>]*>)/g)) {
    controls.set(m[1] ?? '', attributesOf(m[2] ?? ''));
  }
  return controls;
}

/** The menu's items: for each format, the slot its citations put a pinpoint in. */
function menuSlots(): Record<string, { before: string; after: string }> {
  const menu = /<div class="para-cite-menu"[^]*?<\/div>/.exec(html)?.[0] ?? '';
  const items = [...menu.matchAll(/<button [^>]*role="menuitem"[^>]*>/g)].map((m) => attributesOf(m[0]));
  return Object.fromEntries(items.map((a) => [a['data-format'], { before: a['data-before'] ?? '', after: a['data-after'] ?? '' }]));
}

describe('the cite panel', () => {
  it('prints the resolution’s citations exactly as src/cite writes them: UN (Chinese), Bluebook, OSCOLA', () => {
    const { lines } = pageCitations(model, pagePath);
    expect(lines.map((l) => l.format.id)).toEqual(['un', 'bluebook', 'oscola']);
    for (const { format, text } of lines) expect(textOf(elementById(html, `cite-${format.id}`)?.inner ?? ''), format.id).toBe(text);
    expect(textOf(elementById(html, 'cite-un')?.inner ?? '')).toBe('经济及社会理事会第2015/26号决议');
  });

  it('has a copy button for each line, and links each download with its file name', () => {
    expect(attributeValues(html, 'data-copy')).toEqual(['cite-un', 'cite-bluebook', 'cite-oscola']);
    const { downloads } = pageCitations(model, pagePath);
    for (const { fileName } of downloads) expect(attributeValues(html, 'download')).toContain(fileName);
    expect(attributeValues(html, 'download')).toEqual(['E-RES-2015-26.zh.bib', 'E-RES-2015-26.zh.ris', 'E-RES-2015-26.zh.json']);
  });

  it('gives each citable paragraph pinpoints that, in the menu’s slots, are its UN, Bluebook and OSCOLA citations', () => {
    const slots = menuSlots();
    expect(Object.keys(slots)).toEqual(['un', 'bluebook', 'oscola']);
    const controls = paragraphControls();
    const cite = (id: string, format: string) => {
      const control = controls.get(id)!;
      const english: EnglishPin = { kind: (control['data-kind'] ?? 'para') as EnglishPin['kind'], annex: control['data-annex'] ?? null, at: control['data-at'] ?? '' };
      const pin = format === 'un' ? control['data-pin'] : pinText(english, PIN_WORDS[format as 'bluebook' | 'oscola']);
      return `${slots[format]!.before}${pin}${slots[format]!.after}`;
    };
    let citable = 0;
    for (const para of paragraphsOf(model)) {
      let expected: string | null = null;
      try {
        expected = unCitation(model, para.id);
      } catch (error) {
        if (!(error instanceof CitationTargetError)) throw error;
      }
      if (expected === null) {
        expect(controls.has(para.id), para.id).toBe(false);
        continue;
      }
      citable++;
      expect(cite(para.id, 'un'), para.id).toBe(expected);
      expect(cite(para.id, 'bluebook'), para.id).toBe(bluebookCitation(model, para.id));
      expect(cite(para.id, 'oscola'), para.id).toBe(oscolaCitation(model, para.id));
    }
    expect(citable).toBeGreaterThan(40);
    expect(cite('para-32', 'un')).toBe('经济及社会理事会第2015/26号决议第32段');
    expect(cite('preamble-3', 'un')).toBe('经济及社会理事会第2015/26号决议序言部分第三段');
    expect(cite('para-48-c', 'bluebook')).toBe('Economic and Social Council Res. 2015/26, ¶ 48(c), U.N. Doc. E/RES/2015/26 (July 22, 2015)');
    expect(cite('preamble-3', 'oscola')).toBe('ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, preambular para 3');
  });

  it('has one polite live region with the messages in Chinese', () => {
    const status = /<p [^>]*id="cite-status"[^>]*>/.exec(html)?.[0] ?? '';
    expect(status).toContain('role="status"');
    expect(attributeValues(status, 'data-link')).toEqual(['链接已复制到剪贴板。']);
  });
});

describe('the citation downloads', () => {
  const get = async (ext: string) => {
    const response = await fetch(server.at(`${LANG}/${SYMBOL}.${ext}`));
    expect(response.status, ext).toBe(200);
    return { type: response.headers.get('content-type'), text: await response.text() };
  };

  it('serve BibTeX: one @misc entry, key and fields as src/cite writes them', async () => {
    const { type, text } = await get('bib');
    expect(type).toBe('application/x-bibtex; charset=utf-8');
    expect(text).toMatch(/^@misc\{E-RES-2015-26,\n(?: {2}[a-z]+ = (?:\{.*\}|[a-z0-9]+),\n)* {2}[a-z]+ = \{.*\}\n\}\n$/);
    expect(text).toContain(`url = {${pagePath}}`);
  });

  it('serve RIS: tagged lines from TY to ER', async () => {
    const { type, text } = await get('ris');
    expect(type).toBe('application/x-research-info-systems; charset=utf-8');
    const lines = text.split(/\r?\n/).filter((line) => line !== '');
    expect(lines[0]).toBe('TY  - STAT');
    expect(lines.at(-1)).toMatch(/^ER {2}- ?$/);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(lines).toContain('CN  - E/RES/2015/26');
  });

  it('serve CSL-JSON that parses, with the page’s path as its URL', async () => {
    const { type, text } = await get('csl.json');
    expect(type).toMatch(/^application\/json/);
    const items = JSON.parse(text) as { id: string; URL: string; language: string }[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'E-RES-2015-26', URL: pagePath, language: 'zh' });
  });

  it('are what the panel links to', () => {
    for (const href of attributeValues(html, 'href').filter((h) => /\.(bib|ris|csl\.json)$/.test(h))) {
      expect(() => readFileSync(join(siteDir, href.slice(base.length))), href).not.toThrow();
    }
  });
});
