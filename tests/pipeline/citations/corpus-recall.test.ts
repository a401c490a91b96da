import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { findCitations } from '../../../src/pipeline/citations/find-citations.ts';
import type { Lang } from '../../../src/schemas/lang.ts';
import { aknParagraphs, canonicalHref, hrefAgreesWithPrint } from './akn-anchors.ts';

/**
 * Ground truth from the UN's own files: in the AKN of ECOSOC resolutions 2021–2024 every
 * `<a href="https://undocs.org/…/E/RES/2022/15">` marks a printed citation of that
 * resolution. Over every file of each language, the share of those links that
 * `findCitations` finds (same target, overlapping span) must be at least 95%. A link
 * without a part letter also accepts the lettered target ("75/290" printed "75/290 A").
 */
const ROOT = fileURLToPath(new URL('../../../../shared/corpus/ecosoc-akn/', import.meta.url));
const FOLDERS: [folder: string, lang: Lang][] = [
  ['Arabic', 'ar'], ['Chinese', 'zh'], ['English', 'en'], ['French', 'fr'], ['Russian', 'ru'], ['Spanish', 'es'],
];
const RESOLUTION = /^[AE]\/RES\//;

function recall(folder: string, lang: Lang): { found: number; total: number; contradicted: number; missed: string[] } {
  let found = 0;
  let total = 0;
  let contradicted = 0;
  const missed: string[] = [];
  for (const year of readdirSync(ROOT).filter((y) => /^\d{4}$/.test(y))) {
    const dir = `${ROOT}${year}/${folder}`;
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.xml'))) {
      for (const p of aknParagraphs(`${dir}/${file}`)) {
        const anchors = p.anchors.filter((a) => RESOLUTION.test(a.symbol));
        if (anchors.length === 0) continue;
        const citations = findCitations(p.text, { lang });
        for (const a of anchors) {
          const symbol = canonicalHref(a.symbol);
          if (!hrefAgreesWithPrint(symbol, p.text, a)) {
            contradicted++;
            continue;
          }
          total++;
          const hit = citations.some(
            (c) => (c.target === symbol || c.target.replace(/[A-H]$/, '') === symbol) && c.start < a.end && a.start < c.end,
          );
          if (hit) found++;
          else missed.push(`${file}: ${symbol} in “…${p.text.slice(Math.max(0, a.start - 40), a.end + 20)}…”`);
        }
      }
    }
  }
  return { found, total, contradicted, missed };
}

const PRESENT = existsSync(ROOT);

describe.skipIf(!PRESENT)(`recall over the UN's AKN links${PRESENT ? '' : ` — skipped: no corpus at ${ROOT} (../shared beside the repository)`}`, () => {
  it.for(FOLDERS)('%s: finds at least 95% of the linked resolution citations', async ([folder, lang], { annotate }) => {
    const r = recall(folder, lang);
    const share = r.found / r.total;
    // The measured recall is reported with the test (shown by --reporter=verbose).
    await annotate(
      `${lang}: recall ${(100 * share).toFixed(1)}% (${r.found}/${r.total}), ${r.contradicted} links whose href contradicts the print left out`,
    );
    expect(r.total).toBeGreaterThan(100);
    expect(share, r.missed.slice(0, 20).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
