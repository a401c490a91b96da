import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGS } from '../../src/schemas/lang.ts';
import { indexEntries, listedPages } from '../helpers/browse-html.ts';
import { attributeValues, textOf } from '../helpers/html.ts';
import { CORPUS_SOURCES } from './corpus-setup.ts';

/**
 * The lists to browse by: sessions (grouped by agenda item), Sustainable Development Goals and
 * subjects, and the language homes that lead to them. On the seed site (one Chinese resolution,
 * under /archive/), and on the corpus built at `/` where ../shared is present.
 */
const siteDir = inject('siteDir');
const base = inject('siteBase');
const SYMBOL = 'E/RES/2015/26';
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

describe('browse pages of the seed site', () => {
  it('list the session of the seed in every language, with this language’s count', () => {
    const zh = indexEntries(read('zh/sessions/index.html'));
    expect(zh).toEqual([{ href: `${base}zh/sessions/2015/`, label: '2015年届会', count: 1 }]);
    const fr = indexEntries(read('fr/sessions/index.html'));
    expect(fr).toEqual([{ href: `${base}fr/sessions/2015/`, label: 'Session de 2015', count: 0 }]);
  });

  it('group a session by agenda item, with an anchor, the item as the language prints it, and its count', () => {
    const html = read('zh/sessions/2015/index.html');
    expect(html).toMatch(/<html lang="zh" dir="ltr"[\s>]/);
    expect(attributeValues(html, 'id')).toContain('item-18-b');
    expect(textOf(html)).toContain('议程项目 18 (b)');
    expect(listedPages(html)).toEqual([`${base}zh/${SYMBOL}/`]);
  });

  it('exist in all six languages, a language without the session sending the reader to the one that has it', () => {
    for (const lang of LANGS) {
      for (const path of ['sessions/', 'sessions/2015/', 'sdgs/', 'subjects/']) {
        expect(existsSync(join(siteDir, lang, path, 'index.html')), `${lang}/${path}`).toBe(true);
      }
    }
    const html = read('ar/sessions/2015/index.html');
    expect(html).toMatch(/<html lang="ar" dir="rtl"[\s>]/);
    expect(textOf(html)).toContain('لا يضم الأرشيف أيا من هذه القرارات باللغة العربية.');
    expect(attributeValues(html, 'href')).toContain(`${base}zh/sessions/2015/`);
    expect(listedPages(html)).toEqual([]);
  });

  it('switch language to the same list', () => {
    const html = read('ru/sessions/2015/index.html');
    for (const lang of LANGS) expect(attributeValues(html, 'href'), lang).toContain(`${base}${lang}/sessions/2015/`);
    expect(attributeValues(read('es/sdgs/index.html'), 'href')).toContain(`${base}zh/sdgs/`);
  });

  it('name the 17 goals in the page’s language, linking none that no resolution is classified under', () => {
    const goals = indexEntries(read('zh/sdgs/index.html'));
    expect(goals).toHaveLength(17);
    expect(goals[2]).toEqual({ href: null, label: '目标3：良好健康与福祉', count: 0 });
    expect(indexEntries(read('en/sdgs/index.html'))[16]?.label).toBe('Goal 17: Partnerships for the goals');
  });

  it('are linked from every language home, which lists the latest resolutions', () => {
    for (const lang of LANGS) {
      const hrefs = attributeValues(read(`${lang}/index.html`), 'href');
      for (const path of ['sessions/', 'sdgs/', 'subjects/', 'years/2015/']) expect(hrefs, `${lang} ${path}`).toContain(`${base}${lang}/${path}`);
    }
    expect(listedPages(read('zh/index.html'))).toEqual([`${base}zh/${SYMBOL}/`]);
  });
});

const corpusDir = inject('corpusSites')['/'];
const readCorpus = (path: string) => readFileSync(join(corpusDir!, path), 'utf8');

/** The resolution pages of one language in the corpus site, as hrefs: `/en/E/RES/2023/3/`. */
function resolutionPagesOf(lang: string): string[] {
  const root = join(corpusDir!, lang, 'E/RES');
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('index.html'))
    .map((path) => `/${lang}/E/RES/${path.replace(/index\.html$/, '')}`);
}

describe.skipIf(!corpusDir)(`browse pages of the corpus site (needs ${CORPUS_SOURCES})`, () => {
  it('list the sessions 2021–2024 in English, newest first, with counts that add up to the English pages', () => {
    const sessions = indexEntries(readCorpus('en/sessions/index.html'));
    const held = sessions.filter((s) => s.count > 0);
    expect(held.map((s) => s.label)).toEqual(['2024 session', '2023 session', '2022 session', '2021 session']);
    const pages = resolutionPagesOf('en');
    expect(held.reduce((sum, s) => sum + s.count, 0)).toBe(pages.length);
    // Each count is what its page lists, and the session pages together list every English page once.
    const listed = held.flatMap((s) => {
      const onPage = listedPages(readCorpus(`${s.href!.slice(1)}index.html`)).map(decodeURI);
      expect(onPage, s.label).toHaveLength(s.count);
      return onPage;
    });
    expect(listed.sort()).toEqual(pages.sort());
  });

  it('group a session by agenda item, the groups’ counts adding up, every Arabic sub-item keyed as in English', () => {
    const en = readCorpus('en/sessions/2023/index.html');
    const groups = [...en.matchAll(/<section class="browse-group" id="([^"]+)"/g)].map((m) => m[1]);
    expect(groups).toContain('item-19-c');
    expect(groups.at(-1)).not.toBe('item-none');
    expect(textOf(en)).toContain('Agenda item 19 (c)');
    const ar = readCorpus('ar/sessions/2023/index.html');
    const arGroups = [...ar.matchAll(/<section class="browse-group" id="([^"]+)"/g)].map((m) => m[1]);
    expect(arGroups).toEqual(groups);
    expect(textOf(ar)).toContain('البند 12 (ط) من جدول الأعمال');
    expect(attributeValues(ar, 'href')).toContain('#item-12-i');
  });

  it('count under each goal the English resolutions the UN classifies under it in the sources', () => {
    const held = new Set(resolutionPagesOf('en'));
    const expected = new Map<number, Set<string>>();
    for (const year of readdirSync(CORPUS_SOURCES)) {
      const folder = join(CORPUS_SOURCES, year, 'English');
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).sort()) {
        const match = /^E_RES_(\d{4})_(\d+(?: [A-Z])?)[-_]/.exec(file);
        const page = match && `/en/E/RES/${match[1]}/${match[2]}/`;
        if (!page || !held.has(page)) continue;
        const xml = readFileSync(join(folder, file), 'utf8');
        for (const [, goal] of xml.matchAll(/<keyword value="(\d{1,2})"[^>]*dictionary="SDGO"/g)) {
          expected.set(Number(goal), (expected.get(Number(goal)) ?? new Set()).add(page));
        }
      }
    }
    const goals = indexEntries(readCorpus('en/sdgs/index.html'));
    expect(goals).toHaveLength(17);
    expect([...expected.values()].some((pages) => pages.size > 0)).toBe(true);
    goals.forEach((goal, i) => {
      const pages = expected.get(i + 1) ?? new Set();
      expect(goal.count, goal.label).toBe(pages.size);
      if (goal.href) expect(new Set(listedPages(readCorpus(`${goal.href.slice(1)}index.html`)).map(decodeURI)), goal.label).toEqual(pages);
    });
  });

  it('list every subject in English words, alphabetically, each count being what its page lists', () => {
    const html = readCorpus('ar/subjects/index.html');
    expect(html).toContain('<span lang="en" dir="ltr">public health</span>');
    const subjects = indexEntries(html);
    expect(subjects.length).toBeGreaterThan(20);
    expect(subjects.map((s) => s.label)).toEqual([...subjects.map((s) => s.label)].sort((a, b) => a.localeCompare(b, 'en')));
    for (const subject of subjects) {
      expect(listedPages(readCorpus(`${subject.href!.slice(1)}index.html`)), subject.label).toHaveLength(subject.count);
    }
  });

  it('show the latest 20 resolutions on the home, newest first', () => {
    const pages = listedPages(readCorpus('en/index.html'));
    expect(pages).toHaveLength(20);
    expect(pages[0]).toMatch(/^\/en\/E\/RES\/2024\//);
    expect(textOf(readCorpus('en/index.html'))).toContain(`The latest 20 of ${resolutionPagesOf('en').length} resolutions`);
  });
});
