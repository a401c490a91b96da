import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardContent } from '../../src/og-card/card-content.ts';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type MeasureLine } from '../../src/og-card/card-layout.ts';
import { cardSvg, escapeXml, textPainter } from '../../src/og-card/card-svg.ts';

/**
 * Fixture cases, one folder each under tests/fixtures/og-card/: `input.json` (a page's metadata)
 * and `expected.svg` (its card, lines as `<text>`, laid out with the font-free measure below).
 * `UPDATE=1 npx vitest run tests/og-card/card-svg.fixtures.test.ts` rewrites every expected.svg:
 * open each in a browser before you keep it.
 */
const root = new URL('../fixtures/og-card/', import.meta.url);
const update = process.env.UPDATE === '1';
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// A measure without fonts: CJK characters one em wide, others about half (DejaVu Sans averages 0.55 em, bold 0.62).
const estimate: MeasureLine = (text, style) =>
  Array.from(text).reduce((width, char) => width + (/[\u3000-\u9fff\uff00-\uffef]/u.test(char) ? 1 : style.weight === 'bold' ? 0.62 : 0.55), 0) * style.size;

describe('share card fixtures (tests/fixtures/og-card)', () => {
  it('has a Chinese, an Arabic and a truncated case at least', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of cases) {
    it(`draws ${name}/input.json as ${name}/expected.svg`, () => {
      const page = JSON.parse(readFileSync(new URL(`${name}/input.json`, root), 'utf8')) as Parameters<typeof cardContent>[0];
      const svg = cardSvg(layoutCard(cardContent(page), estimate), textPainter);
      const expectedFile = new URL(`${name}/expected.svg`, root);
      if (update) {
        writeFileSync(expectedFile, svg);
        return;
      }
      expect(existsSync(expectedFile), `${name}/expected.svg is missing: run with UPDATE=1 and review it`).toBe(true);
      expect(svg).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});

describe('layoutCard', () => {
  const layout = (page: Parameters<typeof cardContent>[0]) => layoutCard(cardContent(page), estimate);
  const long = 'Mainstreaming a gender perspective into all policies and programmes in the United Nations system, including the follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General Assembly';

  it('keeps every line inside the card’s margins, and right-aligns Arabic at the right margin', () => {
    for (const page of [
      { lang: 'en', symbol: 'E/RES/2019/4', organ: 'ECOSOC', title: long, adopted: '2019-06-06' },
      { lang: 'ar', symbol: 'E/RES/2019/4', organ: 'ECOSOC', title: 'تعميم مراعاة المنظور الجنساني '.repeat(12), adopted: '2019-06-06' },
      { lang: 'ru', symbol: 'E/RES/2019/4', organ: 'ECOSOC', title: long, adopted: null },
    ] as const) {
      const placed = layout(page);
      for (const line of placed.lines) {
        const width = estimate(line.text, line);
        const [left, right] = line.anchor === 'start' ? [line.x, line.x + width] : [line.x - width, line.x];
        expect(left, `${page.lang}: ${line.text}`).toBeGreaterThanOrEqual(90);
        expect(right, `${page.lang}: ${line.text}`).toBeLessThanOrEqual(CARD_WIDTH - 90);
        expect(line.y).toBeLessThan(CARD_HEIGHT);
      }
      if (page.lang === 'ar') expect(placed.lines.every((line) => line.anchor === 'end' && line.x === CARD_WIDTH - 90)).toBe(true);
    }
  });

  it('gives a long title four smaller lines, the last ending in an ellipsis; a short one three large ones at most', () => {
    const titled = (title: string) => layout({ lang: 'en', symbol: 'E/RES/2019/4', organ: 'ECOSOC', title, adopted: null }).lines.filter((line) => line.weight === 'bold' && line.size < 64);
    const cut = titled(long + long);
    expect(cut.map((line) => line.size)).toEqual([36, 36, 36, 36]);
    expect(cut.at(-1)?.text).toMatch(/…$/);
    expect(titled('Assessment of the progress').map((line) => line.size)).toEqual([44]);
  });

  it('shrinks a masthead too long for one line before cutting it', () => {
    // DejaVu Sans's Cyrillic is about 0.6 em wide: the Russian masthead (65 characters) is then 1,092 px at 28 px.
    const wide: MeasureLine = (text, style) => Array.from(text).length * 0.6 * style.size;
    const masthead = layoutCard(cardContent({ lang: 'ru', symbol: 'E/RES/2019/4', organ: 'ECOSOC', title: 'Т', adopted: null }), wide).lines[0]!;
    expect(masthead.text).toBe('Организация Объединенных Наций · Экономический и Социальный Совет');
    expect(masthead.size).toBe(26);
    const cut = layoutCard(cardContent({ lang: 'ru', symbol: 'E/RES/2019/4', organ: 'ECOSOC', title: 'Т', adopted: null }), (text, style) => wide(text, style) * 1.5).lines[0]!;
    expect(cut.size).toBe(22);
    expect(cut.text).toMatch(/^Организация Объединенных Наций.*…$/);
  });
});

describe('escapeXml', () => {
  it('escapes what would end an SVG text or attribute', () => {
    expect(escapeXml('R&D <b> "x"')).toBe('R&amp;D &lt;b&gt; &quot;x&quot;');
  });
});
