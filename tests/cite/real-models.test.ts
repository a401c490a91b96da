import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { bluebookCitation } from '../../src/cite/bluebook.ts';
import { CITE_FORMATS, CitationTargetError } from '../../src/cite/index.ts';
import { oscolaCitation } from '../../src/cite/oscola.ts';
import { unCitation } from '../../src/cite/un.ts';
import { importSource } from '../../src/pipeline/import-source.ts';
import type { Block } from '../../src/schemas/block.ts';
import type { Lang } from '../../src/schemas/lang.ts';
import type { Resolution } from '../../src/schemas/resolution.ts';

// The citation forms over models the importer makes of real resolutions: the bundled seed
// (E/RES/2015/26 in Chinese), and from ../shared where it is present GA resolution 79/1 (two
// annexes, numbered lists) and ECOSOC resolution 2023/3 in the six languages.
const REPO = new URL('../../', import.meta.url);
const SHARED = fileURLToPath(new URL('../shared/corpus/', REPO));
const GA = `${SHARED}ga79-pdf/A-RES-79-1.en.pdftotext.txt`;
const AKN = `${SHARED}ecosoc-akn/2023`;

async function load(path: string): Promise<Resolution> {
  return (await importSource(readFileSync(path), path)).resolution;
}

/** Every heading, paragraph and footnote id of a model, in document order. */
function allIds(res: Resolution): { id: string; heading: boolean }[] {
  const out: { id: string; heading: boolean }[] = [];
  const walk = (b: Block) => {
    out.push({ id: b.id, heading: b.kind === 'heading' });
    if (b.kind === 'para') b.items.forEach(walk);
  };
  res.preamble.forEach(walk);
  res.body.forEach(walk);
  res.annexes.forEach((a) => a.body.forEach(walk));
  return [...out, ...res.footnotes.map((f) => ({ id: f.id, heading: false }))];
}

/**
 * Cites every id of the model in every format: the model's own ids are never "unknown";
 * headings and unnumbered paragraphs are "not-citable"; everything else gives a citation.
 * Returns how many ids were cited.
 */
function citeEverything(res: Resolution, url: string): number {
  let cited = 0;
  for (const { id, heading } of allIds(res)) {
    const expectCitable = !heading && /^(?:(?:annex-\d+-)?(?:para|preamble)-\d+(?:-[a-z0-9]+)*|fn-\d+)$/.test(id);
    for (const format of CITE_FORMATS) {
      try {
        const text = format.cite({ resolution: res, url, paraId: id });
        expect(expectCitable, `${format.id} cited ${id}`).toBe(true);
        expect(text.length).toBeGreaterThan(0);
      } catch (e) {
        if (!(e instanceof CitationTargetError)) throw e;
        expect(e.reason, `${format.id} ${id}: ${e.message}`).toBe('not-citable');
        expect(expectCitable, `${format.id} refused ${id}`).toBe(false);
      }
    }
    if (expectCitable) cited++;
  }
  return cited;
}

describe('the bundled seed, E/RES/2015/26 in Chinese', () => {
  let seed: Resolution;
  beforeAll(async () => {
    seed = await load(fileURLToPath(new URL('content/E-RES-2015-26.zh.txt', REPO)));
  });

  it('cites its paragraphs as the UN does in Chinese', () => {
    expect(unCitation(seed)).toBe('经济及社会理事会第2015/26号决议');
    expect(unCitation(seed, 'para-12')).toBe('经济及社会理事会第2015/26号决议第12段');
    expect(unCitation(seed, 'para-48-c')).toBe('经济及社会理事会第2015/26号决议第48(c)段');
    expect(unCitation(seed, 'preamble-8')).toBe('经济及社会理事会第2015/26号决议序言部分第八段');
    expect(unCitation(seed, 'fn-9')).toBe('经济及社会理事会第2015/26号决议脚注9');
  });

  it('cites it in English for Bluebook and OSCOLA', () => {
    expect(bluebookCitation(seed, 'para-12')).toBe(
      'Economic and Social Council Res. 2015/26, ¶ 12, U.N. Doc. E/RES/2015/26 (July 22, 2015)',
    );
    expect(oscolaCitation(seed, 'para-48-c')).toBe('ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26, para 48(c)');
  });

  it('cites every paragraph and footnote in every format, and refuses only the headings', () => {
    expect(citeEverything(seed, 'https://example.org/archive/zh/E/RES/2015/26/')).toBe(8 + 63 + 5 + 9);
  });
});

describe.skipIf(!existsSync(GA))(`General Assembly resolution 79/1 (skipped where ${GA} is absent)`, () => {
  let ga: Resolution;
  beforeAll(async () => {
    ga = await load(GA);
  }, 60_000);

  it('numbers its two annexes', () => {
    expect(unCitation(ga, 'annex-1-para-8-c')).toBe('General Assembly resolution 79/1, annex I, para. 8 (c)');
    expect(unCitation(ga, 'annex-2-para-3')).toBe('General Assembly resolution 79/1, annex II, para. 3');
    expect(bluebookCitation(ga, 'annex-1-para-8-c')).toBe('G.A. Res. 79/1, annex I, ¶ 8(c) (Sept. 22, 2024)');
    expect(oscolaCitation(ga, 'annex-2-para-3')).toBe('UNGA Res 79/1 (22 September 2024) UN Doc A/RES/79/1, annex II, para 3');
  });

  it('cites an item of a numbered list by its printed number', () => {
    expect(unCitation(ga, 'annex-1-para-7-a')).toBe('General Assembly resolution 79/1, annex I, para. 7 (1)');
  });

  it('cites every paragraph and footnote in every format', () => {
    expect(citeEverything(ga, 'https://example.org/en/A/RES/79/1/')).toBeGreaterThan(500);
  });
});

describe.skipIf(!existsSync(AKN))(`ECOSOC resolution 2023/3 in six languages (skipped where ${AKN} is absent)`, () => {
  const FILES: Record<Lang, string> = {
    ar: 'Arabic/E_RES_2023_3_A.xml', zh: 'Chinese/E_RES_2023_3_C.xml', en: 'English/E_RES_2023_3_E.xml',
    fr: 'French/E_RES_2023_3_F.xml', ru: 'Russian/E_RES_2023_3_R.xml', es: 'Spanish/E_RES_2023_3_S.xml',
  };
  const models = {} as Record<Lang, Resolution>;
  beforeAll(async () => {
    for (const [lang, file] of Object.entries(FILES)) models[lang as Lang] = await load(`${AKN}/${file}`);
  }, 120_000);

  it('cites sub-paragraph 100 (c) as each language prints it', () => {
    const expected: Record<Lang, string> = {
      ar: 'قرار المجلس الاقتصادي والاجتماعي 2023/3، الفقرة 100 (ج)',
      zh: '经济及社会理事会第2023/3号决议第100(c)段',
      en: 'Economic and Social Council resolution 2023/3, para. 100 (c)',
      fr: 'résolution 2023/3 du Conseil économique et social, par. 100 c)',
      ru: 'резолюция 2023/3 Экономического и Социального Совета, п. 100 c)',
      es: 'resolución 2023/3 del Consejo Económico y Social, párr. 100 c)',
    };
    for (const lang of Object.keys(FILES) as Lang[]) expect(unCitation(models[lang], 'para-100-c')).toBe(expected[lang]);
  });

  it('gives one Bluebook and one OSCOLA citation whatever the language', () => {
    for (const lang of Object.keys(FILES) as Lang[]) {
      expect(bluebookCitation(models[lang], 'para-100-c')).toBe(
        'Economic and Social Council Res. 2023/3, ¶ 100(c), U.N. Doc. E/RES/2023/3 (June 7, 2023)',
      );
      expect(oscolaCitation(models[lang], 'preamble-2')).toBe(
        'ECOSOC Res 2023/3 (7 June 2023) UN Doc E/RES/2023/3, preambular para 2',
      );
    }
  });

  it('cites every paragraph and footnote of every language in every format', () => {
    for (const lang of Object.keys(FILES) as Lang[]) {
      expect(citeEverything(models[lang], `https://example.org/${lang}/E/RES/2023/3/`), lang).toBeGreaterThan(100);
    }
  });
});
