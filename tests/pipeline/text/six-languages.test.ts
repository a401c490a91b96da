import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importAkn } from '../../../src/pipeline/akn/import-akn.ts';
import { conventionsFor } from '../../../src/pipeline/conventions/index.ts';
import type { Imported } from '../../../src/pipeline/imported.ts';
import { importText } from '../../../src/pipeline/text/import-text.ts';
import type { Block } from '../../../src/schemas/block.ts';
import type { Lang } from '../../../src/schemas/lang.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { renderExtraction, type LayoutStyle } from '../../helpers/render-extraction.ts';

/**
 * The text importer against the UN's Akoma Ntoso, in the six languages: each resolution of the
 * sample is imported from its AKN file, rendered as the text a PDF extractor gives for the
 * UN's print of it (tests/helpers/render-extraction.ts, in the seed's layout and in PyMuPDF's),
 * and imported again from that text. Both must give the same model.
 */
const root = join(import.meta.dirname, '../../../../shared/corpus/ecosoc-akn');
const present = existsSync(root);

/**
 * The sample, with what each brings: sub-paragraphs and headings (2023/3), parts A–C with
 * their own preambles (2021/13, 2023/5, whose preamble has items), one unnumbered operative
 * paragraph with sub-paragraphs and items (2023/4), annexes (2023/17; 2023/18 with the annex's
 * own preamble), many footnotes and sub-paragraphs (2022/18, 2021/7), headings (2023/28),
 * a short one (2024/2), one with no footnotes (2023/2).
 */
const SAMPLE = ['2023/3', '2021/13', '2023/5', '2023/4', '2023/17', '2023/18', '2022/18', '2024/2', '2023/28', '2021/7', '2023/2'];
const LANGUAGES: [Lang, string][] = [['ar', 'Arabic'], ['zh', 'Chinese'], ['en', 'English'], ['fr', 'French'], ['ru', 'Russian'], ['es', 'Spanish']];
const STYLES: LayoutStyle[] = ['seed', 'pymupdf'];

/**
 * Where the UN's own files differ between languages (tests/pipeline/akn/corpus.test.ts): the
 * Spanish 2023/18 prints its annexed decision's number and title as one heading, where the
 * other five print two, so its text has one section fewer, as its AKN has.
 */
const OWN_DIFFERENCES: Record<string, { lang: Lang; missing: string[] }> = {
  'E/RES/2023/18': { lang: 'es', missing: ['annex-1-section-1'] },
};

/** The AKN file of a resolution in a language. */
function aknFile(symbol: string, language: string): string {
  const [year, number] = symbol.split('/') as [string, string];
  const dir = join(root, year, language);
  const name = readdirSync(dir).find((n) => new RegExp(`^E_RES_${year}_${number}[-_]`).test(n));
  if (!name) throw new Error(`no ${language} file for E/RES/${symbol}`);
  return join(dir, name);
}

/**
 * The model the text should give, from the AKN's. One reading differs by design: the AKN
 * importer takes an annex's first line ("Annex") for its title and the heading under it for
 * its first section, where the text importer (like the PDF importer, and the page, which
 * prints "Annex" itself) takes that heading for the title. Sections are renumbered to match.
 */
function expectedFrom(akn: Resolution): Resolution {
  const annexWord = conventionsFor(akn.lang).annex;
  const annexes = akn.annexes.map((annex) => {
    const first = annex.body[0];
    if (!annexWord.test(annex.title) || first?.kind !== 'heading') return annex;
    const renumber = (id: string) => id.replace(new RegExp(`^(${annex.id}-section-)(\\d+)`), (_, head: string, n: string) => `${head}${Number(n) - 1}`);
    const rename = (b: Block): Block => (b.kind === 'heading' ? { ...b, id: renumber(b.id) } : { ...b, id: renumber(b.id), items: b.items.map((i) => rename(i) as typeof i) });
    return { ...annex, title: first.text, body: annex.body.slice(1).map(rename) };
  });
  return { ...akn, annexes };
}

/** White space as a reader sees it: runs of it are one space; none where a line broke in Chinese or after a slash. */
function normal(text: string): string {
  const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
  return text.replace(/\s+/g, ' ').replace(new RegExp(` (?=[${cjk}])|(?<=[${cjk}]) `, 'gu'), '').replace(/\/ /g, '/').trim();
}

/** Every anchor in reading order with its words and notes: "para-3-a [1,2] text". */
function anchors(r: Resolution): string[] {
  const out: string[] = [];
  const walk = (b: Block) => {
    out.push(b.kind === 'para' ? `${b.id} [${b.notes.join(',')}] ${normal(b.text)}` : `${b.id} ${normal(b.text)}`);
    if (b.kind === 'para') b.items.forEach(walk);
  };
  r.preamble.forEach(walk);
  r.body.forEach(walk);
  for (const annex of r.annexes) {
    out.push(`${annex.id} ${normal(annex.title)}`);
    annex.body.forEach(walk);
  }
  return [...out, ...r.footnotes.map((f) => `${f.id} ${normal(f.text)}`)];
}

const ids = (r: Resolution): string[] => anchors(r).map((a) => a.split(' ')[0] ?? '');

/** Where the text import differs from the AKN's: metadata, anchors with their words and notes, warnings. */
function differences(expected: Resolution, actual: Resolution): string[] {
  const out: string[] = [];
  for (const key of ['symbol', 'number', 'title', 'adopted', 'meeting', 'agendaItem'] as const) {
    const [a, b] = [expected[key], actual[key]];
    if ((typeof a === 'string' && typeof b === 'string' ? normal(a) !== normal(b) : a !== b)) out.push(`${key}: ${JSON.stringify(b)}, not ${JSON.stringify(a)}`);
  }
  const [want, got] = [anchors(expected), anchors(actual)];
  if (ids(expected).join() !== ids(actual).join()) out.push(`ids: missing ${ids(expected).filter((id) => !ids(actual).includes(id)).join(' ')}; extra ${ids(actual).filter((id) => !ids(expected).includes(id)).join(' ')}`);
  for (const anchor of want) {
    const id = anchor.split(' ')[0];
    const other = got.find((a) => a.split(' ')[0] === id);
    if (other !== undefined && other !== anchor) out.push(`${id}: ${other.slice(0, 160)}\n    not ${anchor.slice(0, 160)}`);
  }
  return [...out, ...actual.warnings.map((w) => `warning: ${w}`)];
}

describe.skipIf(!present)(`the text importer against the UN's AKN in six languages (${present ? root : 'skipped: ../shared/corpus/ecosoc-akn is absent'})`, () => {
  const results: { symbol: string; lang: Lang; style: LayoutStyle; passed: boolean }[] = [];

  describe.each(SAMPLE)('E/RES/%s', (number) => {
    const imports = new Map<string, Resolution>();

    describe.each(LANGUAGES)('%s', (lang, language) => {
      it.each(STYLES)('gives the AKN model from the %s extraction', (style) => {
        const akn: Imported = importAkn(readFileSync(aknFile(number, language)), `${number} ${language}`);
        const text = renderExtraction(akn, style);
        const imported = importText(new TextEncoder().encode(text), `E-RES-${number.replace('/', '-')}.${lang}.txt`).resolution;
        imports.set(`${lang} ${style}`, imported);
        const found = differences(expectedFrom(akn.resolution), imported);
        results.push({ symbol: `E/RES/${number}`, lang, style, passed: found.length === 0 });
        expect(found).toEqual([]);
      });
    });

    it('gives the six languages the same anchors, but where the UN\'s own files differ', () => {
      const reference = imports.get('en seed');
      expect(reference).toBeDefined();
      const own = OWN_DIFFERENCES[`E/RES/${number}`];
      for (const [key, r] of imports) {
        const expected = ids(reference as Resolution).filter((id) => !(own && key.startsWith(`${own.lang} `) && own.missing.includes(id)));
        expect(ids(r), key).toEqual(expected);
      }
    });
  });

  afterAll(() => {
    const passed = results.filter((r) => r.passed).length;
    const byLang = LANGUAGES.map(([lang]) => `${lang} ${results.filter((r) => r.lang === lang && r.passed).length}/${results.filter((r) => r.lang === lang).length}`);
    // The summary is what a run of this test is read for.
    // eslint-disable-next-line no-console
    console.log(`six languages: ${SAMPLE.length} resolutions × ${LANGUAGES.length} languages × ${STYLES.length} layouts = ${results.length} text imports, ${passed} identical to the AKN (${byLang.join(', ')})`);
  });
});
