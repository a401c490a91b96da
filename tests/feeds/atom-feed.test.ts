import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { atomDate, renderAtomFeed, type AtomFeed } from '../../src/feeds/atom-feed.ts';
import { feedEntrySummary } from '../../src/feeds/feed-summary.ts';
import { latestAdopted } from '../../src/feeds/latest-entries.ts';
import { uiStrings } from '../../src/i18n/index.ts';
import { assertWellFormed } from './xmllint.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const entry = (symbol: string, updated: string) => ({
  id: `https://example.org/en/${symbol}/`,
  title: `${symbol.slice(6)}. A title with <angle> & "quotes"`,
  updated,
  link: `https://example.org/en/${symbol}/`,
  summary: `${symbol} · 22 July 2015`,
  author: 'Economic and Social Council',
});
const FEED: AtomFeed = {
  id: 'https://example.org/en/feed.xml',
  title: 'Latest resolutions | ECOSOC Resolutions Archive',
  lang: 'en',
  self: 'https://example.org/en/feed.xml',
  alternate: 'https://example.org/en/',
  author: 'United Nations',
  emptyUpdated: '2024-01-01',
  entries: [entry('E/RES/2015/26', '2015-07-22'), entry('E/RES/2016/1', '2016-02-01')],
};

describe('renderAtomFeed', () => {
  const xml = renderAtomFeed(FEED);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const feed = doc.documentElement!;
  const children = (name: string) => Array.from(feed.getElementsByTagNameNS(ATOM, name));

  it('is well-formed Atom with the feed’s id, title, links, author and language', () => {
    assertWellFormed(xml);
    expect(feed.namespaceURI).toBe(ATOM);
    expect(feed.getAttribute('xml:lang')).toBe('en');
    const links = children('link').filter((link) => link.parentNode === feed);
    expect(links.map((link) => [link.getAttribute('rel'), link.getAttribute('href')])).toEqual([
      ['self', FEED.self],
      ['alternate', FEED.alternate],
    ]);
    expect(children('id')[0]?.textContent).toBe(FEED.id);
  });

  it('is updated when its newest entry is, not when it was built', () => {
    expect(children('updated')[0]?.textContent).toBe('2016-02-01T00:00:00Z');
    expect(renderAtomFeed(FEED)).toBe(xml);
    expect(renderAtomFeed({ ...FEED, entries: [] })).toContain('<updated>2024-01-01T00:00:00Z</updated>');
  });

  it('writes each entry with its id, escaped title, dates, link, author and summary', () => {
    const first = children('entry')[0]!;
    const text = (name: string) => first.getElementsByTagNameNS(ATOM, name)[0]?.textContent;
    expect(text('id')).toBe('https://example.org/en/E/RES/2015/26/');
    expect(text('title')).toBe('2015/26. A title with <angle> & "quotes"');
    expect(text('updated')).toBe('2015-07-22T00:00:00Z');
    expect(text('published')).toBe('2015-07-22T00:00:00Z');
    expect(text('name')).toBe('Economic and Social Council');
    expect(text('summary')).toBe('E/RES/2015/26 · 22 July 2015');
    expect(first.getElementsByTagNameNS(ATOM, 'link')[0]?.getAttribute('href')).toBe('https://example.org/en/E/RES/2015/26/');
  });

  it('turns a date into midnight UTC and keeps a date-time', () => {
    expect(atomDate('2015-07-22')).toBe('2015-07-22T00:00:00Z');
    expect(atomDate('2015-07-22T10:00:00Z')).toBe('2015-07-22T10:00:00Z');
  });
});

describe('latestAdopted', () => {
  const page = (symbol: string, adopted: string | null) => ({ symbol, adopted });

  it('keeps the latest by adoption date, then by symbol with numbers as numbers, leaving out the undated', () => {
    const pages = [page('E/RES/2015/3', '2015-07-22'), page('E/RES/2015/26', '2015-07-22'), page('E/RES/2016/1', '2016-01-01'), page('E/RES/1999/1', null), page('E/RES/2014/1', '2014-01-01')];
    expect(latestAdopted(pages, 3).map((p) => p.symbol)).toEqual(['E/RES/2016/1', 'E/RES/2015/26', 'E/RES/2015/3']);
    expect(latestAdopted(pages).map((p) => p.symbol)).toEqual(['E/RES/2016/1', 'E/RES/2015/26', 'E/RES/2015/3', 'E/RES/2014/1']);
    expect(latestAdopted([...pages].reverse()).map((p) => p.symbol)).toEqual(latestAdopted(pages).map((p) => p.symbol));
  });

  it('lists 50 at most', () => {
    const many = Array.from({ length: 60 }, (_, i) => page(`E/RES/2015/${i + 1}`, '2015-07-22'));
    expect(latestAdopted(many)).toHaveLength(50);
    expect(latestAdopted(many)[0]?.symbol).toBe('E/RES/2015/60');
  });
});

describe('feedEntrySummary', () => {
  it('gives the symbol, the date and the meeting in the page’s language', () => {
    const page = { symbol: 'E/RES/2015/26', adopted: '2015-07-22', meeting: 54 };
    expect(feedEntrySummary({ ...page, lang: 'en' }, uiStrings('en'))).toBe('E/RES/2015/26 · 22 July 2015 · 54th plenary meeting');
    expect(feedEntrySummary({ ...page, lang: 'zh' }, uiStrings('zh'))).toBe('E/RES/2015/26 · 2015年7月22日 · 第 54 次全体会议');
    expect(feedEntrySummary({ ...page, adopted: null, meeting: null, lang: 'fr' }, uiStrings('fr'))).toBe('E/RES/2015/26');
  });
});
