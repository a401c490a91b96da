import { describe, expect, it } from 'vitest';
import { citationMeta, highwireDate } from '../../src/head/citation-meta.ts';

const PAGE = {
  lang: 'zh' as const,
  symbol: 'E/RES/2015/26',
  title: '评估信息社会世界首脑会议成果的执行情况及后续行动方面取得的进展',
  adopted: '2015-07-22',
  organName: '经济及社会理事会',
  publisher: '联合国',
  url: 'https://example.org/zh/E/RES/2015/26/',
};

describe('citationMeta', () => {
  it('writes the Highwire tags a report is read from by Zotero and Google Scholar, dates as YYYY/MM/DD', () => {
    expect(Object.fromEntries(citationMeta(PAGE))).toEqual({
      citation_title: PAGE.title,
      citation_author: '经济及社会理事会',
      citation_publication_date: '2015/07/22',
      citation_date: '2015/07/22',
      citation_publisher: '联合国',
      citation_technical_report_institution: '联合国',
      citation_technical_report_number: 'E/RES/2015/26',
      citation_language: 'zh',
      citation_public_url: PAGE.url,
      citation_fulltext_html_url: PAGE.url,
    });
  });

  it('names no URL when the site’s host is unknown, rather than a root-relative one', () => {
    const names = citationMeta({ ...PAGE, url: null }).map(([name]) => name);
    expect(names).not.toContain('citation_public_url');
    expect(names).not.toContain('citation_fulltext_html_url');
    expect(names).toContain('citation_technical_report_number');
  });

  it('leaves the dates out when the adoption date is unknown, and never names a PDF', () => {
    const names = citationMeta({ ...PAGE, adopted: null }).map(([name]) => name);
    expect(names).not.toContain('citation_publication_date');
    expect(names).not.toContain('citation_date');
    expect(names).not.toContain('citation_pdf_url');
  });

  it('turns an ISO date into a Highwire date', () => {
    expect(highwireDate('1946-01-23')).toBe('1946/01/23');
  });
});
