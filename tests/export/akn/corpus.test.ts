import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolutionToAkn } from '../../../src/export/akn/to-akn.ts';
import { importAkn } from '../../../src/pipeline/akn/import-akn.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';
import { collectRefs } from '../../../src/pipeline/collect-refs.ts';
import { importText } from '../../../src/pipeline/text/import-text.ts';
import type { Block } from '../../../src/schemas/block.ts';
import type { Resolution } from '../../../src/schemas/resolution.ts';
import { comparable, roundTrip, SCHEMA, validate, xmllintProblem } from './helpers.ts';

/**
 * The export over real models: the seed resolution (from its text), the importers' fixtures,
 * and every model importable from the UN's Akoma Ntoso corpus in ../shared. Each is exported,
 * validated against the OASIS schema (all of a set in one xmllint run), and read back by the
 * project's AKN importer to the same model. Only `warnings` may differ: their line numbers
 * point into the export, not the source, and the export writes regular markup, so the
 * warnings about the UN files' own irregularities (a preambular paragraph set in the
 * operative part, a closing line repeated in the text, a sublist one level too deep…) are
 * not raised again.
 */
const repo = join(import.meta.dirname, '../../..');
const corpus = join(repo, '../shared/corpus/ecosoc-akn');
const schemaPresent = existsSync(SCHEMA);
const corpusPresent = existsSync(corpus) && schemaPresent;

interface Exported {
  name: string;
  model: Resolution;
  xml: string;
}

const exportOf = (name: string, model: Resolution): Exported => ({ name, model, xml: resolutionToAkn(model) });

/** The models whose export does not read back the same, each with the fields that differ. */
function mismatches(set: Exported[]): string[] {
  return set.flatMap(({ name, model }) => {
    try {
      const back = comparable(roundTrip(model));
      const expected = comparable(model);
      const fields = (Object.keys(expected) as (keyof typeof expected)[]).filter((k) => JSON.stringify(expected[k]) !== JSON.stringify(back[k]));
      return fields.length > 0 ? [`${name}: ${fields.join(', ')}`] : [];
    } catch (error) {
      return [`${name}: ${String(error)}`];
    }
  });
}

function invalid(set: Exported[]): string[] {
  const verdicts = validate(new Map(set.map((e) => [e.name, e.xml])));
  return [...verdicts].filter(([, errors]) => errors.length > 0).map(([name, errors]) => `${name}: ${errors.slice(0, 3).join(' | ')}`);
}

describe('xmllint', () => {
  it.skipIf(!schemaPresent)('is installed, to check the export against the schema', () => {
    expect(xmllintProblem()).toBeNull();
  });
});

describe('the seed resolution and the importers’ fixtures', () => {
  const set: Exported[] = [];
  beforeAll(() => {
    for (const name of readdirSync(join(repo, 'content')).filter((n) => n.endsWith('.txt')).sort()) {
      set.push(exportOf(`content/${name}`, importText(readFileSync(join(repo, 'content', name)), name).resolution));
    }
    for (const kind of ['akn', 'text'] as const) {
      const root = join(repo, 'tests/fixtures', kind);
      for (const fixture of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
        const input = readdirSync(join(root, fixture)).find((n) => n.startsWith('input.'));
        if (!input) continue;
        const bytes = readFileSync(join(root, fixture, input));
        try {
          set.push(exportOf(`fixtures/${kind}/${fixture}`, (kind === 'akn' ? importAkn : importText)(bytes, input).resolution));
        } catch (error) {
          // A fixture of a refused source (the malformed Arabic file) has no model to export.
          if (!(error instanceof SourceError)) throw error;
        }
      }
    }
  });

  it('has the seed and the fixtures’ models', () => {
    expect(set.map((e) => e.name)).toContain('content/E-RES-2015-26.zh.txt');
    expect(set.length).toBeGreaterThan(30);
  });

  it('reads each back to the same model, but for warnings', () => {
    expect(mismatches(set)).toEqual([]);
  });

  it.skipIf(!schemaPresent)('exports each as valid Akoma Ntoso 3.0', () => {
    expect(invalid(set)).toEqual([]);
  });
});

describe.skipIf(!corpusPresent)(`the UN's AKN corpus, exported (${corpusPresent ? corpus : 'skipped: ../shared/corpus/ecosoc-akn or ../shared/schema/akomantoso30.xsd is absent'})`, () => {
  const set: Exported[] = [];
  beforeAll(() => {
    for (const year of readdirSync(corpus).filter((y) => /^\d{4}$/.test(y)).sort()) {
      for (const language of readdirSync(join(corpus, year)).sort()) {
        for (const name of readdirSync(join(corpus, year, language)).filter((n) => n.endsWith('.xml')).sort()) {
          const file = `${year}/${language}/${name}`;
          try {
            set.push(exportOf(file, importAkn(readFileSync(join(corpus, file)), file).resolution));
          } catch (error) {
            // The one malformed file is refused (see tests/pipeline/akn/corpus.test.ts): it has no model to export.
            if (!(error instanceof SourceError)) throw error;
          }
        }
      }
    }
  }, 120_000);

  it('has every importable model: 677 of the 678 files', () => {
    expect(set).toHaveLength(677);
  });

  it('exports every model as valid Akoma Ntoso 3.0, in one xmllint run', () => {
    expect(invalid(set)).toEqual([]);
  }, 120_000);

  it('reads every export back to the same model, but for warnings', () => {
    expect(mismatches(set)).toEqual([]);
  }, 120_000);

  it('raises no importer warning on the export of a model that had none (614 of the 677)', () => {
    const clean = set.filter((e) => e.model.warnings.length === 0);
    expect(clean.length).toBeGreaterThan(600);
    expect(clean.filter((e) => roundTrip(e.model).warnings.length > 0).map((e) => e.name)).toEqual([]);
  }, 120_000);

  it('does the same with markup-like text (&, <b>, quotes, ]]>, &amp;) set into every text of every model', () => {
    const mangled = set.map(({ name, model }) => exportOf(`${name} (mangled)`, mangle(model)));
    expect(invalid(mangled)).toEqual([]);
    expect(mismatches(mangled)).toEqual([]);
  }, 120_000);
});

/** Markup-like words, with no CJK character, so that the importer's spacing leaves them as they are. */
const JUNK = ' & <b>x</b> "q" \'a\' ]]> &amp; <!-- 😀 ';

/** The model with JUNK set after the first word of every text: title, agenda item, paragraphs, headings, annex titles, notes. */
function mangle(model: Resolution): Resolution {
  const set = (text: string): string => {
    const at = text.indexOf(' ', 5);
    return at < 0 ? text : `${text.slice(0, at)}${JUNK}${text.slice(at + 1)}`;
  };
  const block = <B extends Block>(b: B): B => (b.kind === 'para' ? { ...b, text: set(b.text), items: b.items.map(block) } : { ...b, text: set(b.text) });
  const parts = {
    preamble: model.preamble.map(block),
    body: model.body.map(block),
    annexes: model.annexes.map((a) => ({ ...a, title: set(a.title), body: a.body.map(block) })),
    footnotes: model.footnotes.map((f) => ({ ...f, text: set(f.text) })),
  };
  return { ...model, title: set(model.title), agendaItem: model.agendaItem && `${model.agendaItem} & <x>`, ...parts, refs: collectRefs(parts, model.lang) };
}
