import { describe, expect, it } from 'vitest';
import { bluebookCitation } from '../../src/cite/bluebook.ts';
import { PIN_WORDS, pinText } from '../../src/cite/english-pin.ts';
import { CITE_FORMATS, citeFormat, downloadName } from '../../src/cite/index.ts';
import { oscolaCitation } from '../../src/cite/oscola.ts';
import { PAGE_DOWNLOAD_FORMATS, PAGE_LINE_FORMATS, pageCitations, paragraphPin } from '../../src/cite/page.ts';
import { unCitation } from '../../src/cite/un.ts';
import { LANGS } from '../../src/schemas/lang.ts';
import { gaResolution, resolution, twoAnnexes } from './fixtures.ts';

/** Every id of the fixture a paragraph citation could be asked for, citable or not. */
const IDS = [
  'preamble-1', 'preamble-3', 'section-1', 'para-1', 'para-12', 'para-12-a', 'para-12-a-ii', 'para-48-c', 'text-1',
  'annex-1-preamble-2', 'annex-1-para-3', 'annex-1-para-3-b', 'fn-4',
];
const URL_ = 'https://example.org/archive/en/E/RES/2015/26/';

describe('pageCitations', () => {
  it('gives the page’s lines and downloads as src/cite writes them, in the page’s order', () => {
    const res = resolution({ lang: 'fr' });
    const page = pageCitations(res, URL_);
    expect(page.lines.map((l) => l.format.id)).toEqual([...PAGE_LINE_FORMATS]);
    for (const line of page.lines) expect(line.text).toBe(line.format.cite({ resolution: res, url: URL_ }));
    expect(page.lines[0]?.text).toBe('résolution 2015/26 du Conseil économique et social');
    expect(page.downloads.map((d) => [d.id, d.fileName])).toEqual([
      ['bibtex', 'E-RES-2015-26.fr.bib'],
      ['ris', 'E-RES-2015-26.fr.ris'],
      ['csl-json', 'E-RES-2015-26.fr.json'],
    ]);
    for (const d of page.downloads) expect(d.fileName).toBe(downloadName(citeFormat(d.id), { resolution: res, url: URL_ }));
  });

  it('offers every format src/cite has', () => {
    expect([...PAGE_LINE_FORMATS, ...PAGE_DOWNLOAD_FORMATS].sort()).toEqual(CITE_FORMATS.map((f) => f.id).sort());
  });
});

describe('paragraphSlots + paragraphPin', () => {
  it('give the UN, Bluebook and OSCOLA citations of each citable paragraph, in every language, for both organs and several annexes', () => {
    for (const lang of LANGS) {
      for (const res of [resolution({ lang }), gaResolution({ lang }), twoAnnexes({ lang })]) {
        const { un, bluebook, oscola } = pageCitations(res, URL_).paragraphSlots;
        for (const id of IDS) {
          const pin = paragraphPin(res, id);
          if (pin === null) {
            expect(() => unCitation(res, id), `${lang} ${id}`).toThrow();
            continue;
          }
          expect(`${un.before}${pin.un}${un.after}`, `${lang} ${id}`).toBe(unCitation(res, id));
          expect(`${bluebook.before}${pinText(pin.en, PIN_WORDS.bluebook)}${bluebook.after}`, `${lang} ${id}`).toBe(bluebookCitation(res, id));
          expect(`${oscola.before}${pinText(pin.en, PIN_WORDS.oscola)}${oscola.after}`, `${lang} ${id}`).toBe(oscolaCitation(res, id));
        }
      }
    }
  });

  it('is null for a heading, an unnumbered paragraph and an id the resolution lacks', () => {
    const res = resolution();
    expect(paragraphPin(res, 'section-1')).toBeNull();
    expect(paragraphPin(res, 'text-1')).toBeNull();
    expect(paragraphPin(res, 'para-99')).toBeNull();
    expect(paragraphPin(res, 'para-12-a-ii')).toEqual({ un: 'para. 12 (a) (ii)', en: { kind: 'para', annex: null, at: '12(a)(ii)' } });
    expect(paragraphPin(resolution({ lang: 'zh' }), 'preamble-3')).toEqual({ un: '序言部分第三段', en: { kind: 'preamble', annex: null, at: '3' } });
  });
});
