import { describe, expect, it } from 'vitest';
import { bibtexEntry } from '../../src/cite/bibtex.ts';
import { bluebookCitation } from '../../src/cite/bluebook.ts';
import { cslJson } from '../../src/cite/csl-json.ts';
import { CITE_FORMATS, CitationTargetError, citeFormat, downloadName, type CiteInput } from '../../src/cite/index.ts';
import { oscolaCitation } from '../../src/cite/oscola.ts';
import { risRecord } from '../../src/cite/ris.ts';
import { unCitation } from '../../src/cite/un.ts';
import { resolution } from './fixtures.ts';

const input: CiteInput = {
  resolution: resolution({ lang: 'zh', title: '评估信息社会世界峰会成果落实进展' }),
  url: 'https://example.org/archive/zh/E/RES/2015/26/',
  paraId: 'para-48-c',
};

describe('CITE_FORMATS', () => {
  it('lists the six formats once each, lines to copy first', () => {
    expect(CITE_FORMATS.map((f) => f.id)).toEqual(['un', 'bluebook', 'oscola', 'csl-json', 'bibtex', 'ris']);
    expect(CITE_FORMATS.map((f) => f.kind)).toEqual(['text', 'text', 'text', 'file', 'file', 'file']);
  });

  it('hands each format its module’s citation', () => {
    const { resolution: res, url, paraId } = input;
    expect(citeFormat('un').cite(input)).toBe(unCitation(res, paraId));
    expect(citeFormat('un').cite(input)).toBe('经济及社会理事会第2015/26号决议第48(c)段');
    expect(citeFormat('bluebook').cite(input)).toBe(bluebookCitation(res, paraId));
    expect(citeFormat('oscola').cite(input)).toBe(oscolaCitation(res, paraId));
    expect(citeFormat('csl-json').cite(input)).toBe(cslJson(res, url, paraId));
    expect(citeFormat('bibtex').cite(input)).toBe(bibtexEntry(res, url, paraId));
    expect(citeFormat('ris').cite(input)).toBe(risRecord(res, url, paraId));
    expect(citeFormat('oscola').cite({ ...input, paraId: undefined })).toBe(
      'ECOSOC Res 2015/26 (22 July 2015) UN Doc E/RES/2015/26',
    );
  });

  it('says which formats are English whatever the page', () => {
    expect(CITE_FORMATS.filter((f) => f.language === 'en').map((f) => f.id)).toEqual(['bluebook', 'oscola']);
  });

  it('lets every format refuse an unknown paragraph the same way', () => {
    for (const format of CITE_FORMATS) {
      expect(() => format.cite({ ...input, paraId: 'para-999' }), format.id).toThrow(CitationTargetError);
    }
  });
});

describe('citeFormat and downloadName', () => {
  it('names downloads by key, language and extension', () => {
    expect(downloadName(citeFormat('bibtex'), input)).toBe('E-RES-2015-26-para-48-c.zh.bib');
    expect(downloadName(citeFormat('ris'), { ...input, paraId: undefined })).toBe('E-RES-2015-26.zh.ris');
    expect(downloadName(citeFormat('csl-json'), input)).toBe('E-RES-2015-26-para-48-c.zh.json');
    expect(citeFormat('csl-json').mediaType).toBe('application/vnd.citationstyles.csl+json');
  });

  it('refuses a line to copy as a download, and an unknown format', () => {
    expect(() => downloadName(citeFormat('un'), input)).toThrow(RangeError);
    expect(() => citeFormat('apa' as never)).toThrow('no citation format "apa"');
  });
});
