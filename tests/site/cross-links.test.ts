import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { elementById, textOf } from '../helpers/html.ts';

/**
 * The second test site (global-setup.ts): the seed E/RES/2015/26 in Chinese, and the synthetic
 * E/RES/2016/1 (Chinese, citing 第 2015/26 号决议第 12 段) and E/RES/2016/2 (English only, citing
 * paragraph 5 of resolution 2015/26, which the archive holds in Chinese only).
 */
const siteDir = inject('xrefSiteDir');
const base = inject('siteBase');
const page = (lang: string, symbol: string) => readFileSync(join(siteDir, lang, symbol, 'index.html'), 'utf8');

let cited: string;
let citingZh: string;
let citingEn: string;

beforeAll(() => {
  cited = page('zh', 'E/RES/2015/26');
  citingZh = page('zh', 'E/RES/2016/1');
  citingEn = page('en', 'E/RES/2016/2');
});

describe('citation links', () => {
  it('link a pinpointed citation to the cited paragraph in the same language, the printed text as link text', () => {
    const para = elementById(citingZh, 'para-2')!.inner;
    expect(para).toMatch(new RegExp(`<a class="cite" href="${base}zh/E/RES/2015/26/#para-12"[^>]*>第 2015/26 号决议第 12 段</a>`));
  });

  it('link to another language version, marked as such, when the reader\'s language is missing', () => {
    const para = elementById(citingEn, 'para-1')!.inner;
    expect(para).toMatch(new RegExp(`<a class="cite" href="${base}zh/E/RES/2015/26/#para-5" hreflang="zh"[^>]*>`));
    expect(textOf(para)).toContain('[zh]');
  });
});

describe('cited by', () => {
  it('lists the citing resolutions under the paragraph they cite, each linking to the citing paragraph', () => {
    const group = elementById(cited, 'cited-by-para-12')!.inner;
    expect(group).toContain(`href="${base}zh/E/RES/2016/1/#para-2"`);
    const other = elementById(cited, 'cited-by-para-5')!.inner;
    expect(other).toMatch(new RegExp(`href="${base}en/E/RES/2016/2/#para-1" hreflang="en"`));
    const whole = elementById(cited, 'cited-by-whole')!.inner;
    expect(whole).toContain(`href="${base}zh/E/RES/2016/1/#preamble-1"`);
  });

  it('shows a count on a cited paragraph that leads to that list', () => {
    const para = elementById(cited, 'para-12')!.inner;
    expect(para).toMatch(/<a class="cited-count" href="#cited-by-para-12"[^>]*>\s*1\s*<\/a>/);
    expect(elementById(cited, 'para-11')!.inner).not.toContain('cited-count');
  });

  it('is absent from a page nobody cites', () => {
    expect(citingZh).not.toContain('id="cited-by"');
  });
});
