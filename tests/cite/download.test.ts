import { describe, expect, it } from 'vitest';
import { citeFormat } from '../../src/cite/index.ts';
import { citationContentType, citationFile, citedPageUrl } from '../../src/utils/cite-download.ts';
import { citationFilePath } from '../../src/utils/paths.ts';
import { resolution } from './fixtures.ts';

describe('citedPageUrl', () => {
  it('is absolute under the site’s URL, the page’s path without it', () => {
    expect(citedPageUrl('zh', 'E/RES/2015/26', new URL('https://example.org/archive/'), '/archive/')).toBe(
      'https://example.org/archive/zh/E/RES/2015/26/',
    );
    expect(citedPageUrl('zh', 'E/RES/2015/26', undefined, '/archive/')).toBe('/archive/zh/E/RES/2015/26/');
  });
});

describe('citationFile', () => {
  const res = resolution({ lang: 'zh' });

  it('is the format’s citation of the whole resolution at an absolute URL', () => {
    const url = 'https://example.org/zh/E/RES/2015/26/';
    for (const id of ['bibtex', 'ris', 'csl-json'] as const) {
      expect(citationFile(id, res, url)).toBe(citeFormat(id).cite({ resolution: res, url }));
    }
  });

  it('gives the page’s path where the site’s URL is unknown', () => {
    const path = '/archive/zh/E/RES/2015/26/';
    expect(citationFile('bibtex', res, path)).toContain(`url = {${path}}`);
    expect(citationFile('ris', res, path)).toMatch(/^UR  - \/archive\/zh\/E\/RES\/2015\/26\/\r?$/m);
    expect(JSON.parse(citationFile('csl-json', res, path))[0].URL).toBe(path);
    expect(citationFile('ris', res, path)).not.toContain('invalid');
  });
});

describe('the downloads’ paths and types', () => {
  it('sit beside the page’s model, one extension a format', () => {
    expect(citationFilePath('zh', 'E/RES/2015/26', 'bibtex', '/archive/')).toBe('/archive/zh/E/RES/2015/26.bib');
    expect(citationFilePath('zh', 'E/RES/2015/26', 'ris', '/')).toBe('/zh/E/RES/2015/26.ris');
    expect(citationFilePath('ar', 'E/RES/1296 (XLIV)', 'csl-json', '/')).toBe('/ar/E/RES/1296%20(XLIV).csl.json');
  });

  it('are served in UTF-8 under each format’s media type', () => {
    expect(citationContentType('bibtex')).toBe('application/x-bibtex; charset=utf-8');
    expect(citationContentType('ris')).toBe('application/x-research-info-systems; charset=utf-8');
    expect(citationContentType('csl-json')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
  });
});
