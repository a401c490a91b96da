import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../helpers/check-links.ts';
import { htmlReferences, srcsetUrls } from '../helpers/html-references.ts';

const scratch = mkdtempSync(join(tmpdir(), 'check-links-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let sites = 0;
/** Writes a tiny site (path → content) into a fresh folder and returns the folder. */
function site(files: Record<string, string>): string {
  const dir = join(scratch, `site-${++sites}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const page = (body: string) => `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>`;
const hrefs = (dir: string, base: string) => checkLinks(dir, base).broken.map(({ page, href }) => `${page} ${href}`);

describe('checkLinks', () => {
  it('passes a site whose links all resolve, and counts what it checked and what it left alone', () => {
    const dir = site({
      'index.html': page(
        '<a href="zh/">zh</a> <a href="/archive/zh/E/RES/2015/26/#para-1">p1</a> <a href="https://undocs.org/zh/E/2015/31">un</a> <a href="mailto:a@b.c">m</a>',
      ),
      'zh/index.html': page('<link rel="stylesheet" href="../s.css"><a href="E/RES/2015/26/?q=x#top">r</a>'),
      'zh/E/RES/2015/26/index.html': page('<p id="para-1">1</p><a href="#para-1">§</a><a href="#">top</a><a href="../26.json">json</a>'),
      'zh/E/RES/2015/26.json': '{}',
      's.css': '',
    });
    const report = checkLinks(dir, '/archive/');
    expect(report.broken).toEqual([]);
    expect(report).toMatchObject({ pages: 3, internal: 7, external: 2 });
  });

  it('finds a link to a file that does not exist, with the page and the href as written', () => {
    const dir = site({ 'index.html': page('<a href="missing/">x</a><img src="/logo.png">') });
    expect(checkLinks(dir, '/').broken).toEqual([
      { page: '/', href: 'missing/', reason: 'no /missing/' },
      { page: '/', href: '/logo.png', reason: 'no /logo.png' },
    ]);
  });

  it('finds an anchor that the target page, or the same page, does not have', () => {
    const dir = site({
      'index.html': page('<a href="a/#para-2">x</a><a href="a/#para-1">ok</a>'),
      'a/index.html': page('<p id="para-1"></p><a href="#para-9">same page</a>'),
    });
    // Pages are read in the sorted order of their files: a/index.html first.
    expect(checkLinks(dir, '/').broken).toEqual([
      { page: '/a/', href: '#para-9', reason: 'no element with id "para-9" on /a/' },
      { page: '/', href: 'a/#para-2', reason: 'no element with id "para-2" on /a/' },
    ]);
  });

  it('finds links outside the base, absolute or climbing out of it', () => {
    const dir = site({ 'index.html': page('<a href="/zh/">x</a><a href="../">up</a><link rel="icon" href="/archive/index.html">') });
    expect(checkLinks(dir, '/archive/').broken.map((link) => link.reason)).toEqual(['outside the base /archive/', 'outside the base /archive/']);
  });

  it('percent-decodes paths and fragments, and finds bad encodings', () => {
    const dir = site({
      'index.html': page(
        '<a href="%E5%86%B3%E8%AE%AE/#%E6%AE%B5-1">ok</a><a href="决议/#段-1">ok raw</a><a href="a%20b.json">ok</a><a href="%E0%A4%A/">bad</a><a href="决议/#段-2">no</a>',
      ),
      '决议/index.html': page('<p id="段-1"></p>'),
      'a b.json': '{}',
    });
    expect(checkLinks(dir, '/').broken.map((link) => `${link.href}: ${link.reason}`)).toEqual([
      '%E0%A4%A/: bad percent-encoding in the path',
      '决议/#段-2: no element with id "段-2" on /%E5%86%B3%E8%AE%AE/',
    ]);
  });

  it('finds a directory without index.html, and a directory linked without its trailing slash', () => {
    const dir = site({
      'index.html': page('<a href="empty/">x</a><a href="a">y</a><a href="a/">ok</a>'),
      'empty/data.json': '{}',
      'a/index.html': page(''),
    });
    expect(checkLinks(dir, '/').broken.map((link) => link.reason)).toEqual(['no index.html in /empty/', 'directory without its trailing slash']);
  });

  it('reads every kind of reference: scripts, forms, srcsets, alternates, redirects, entities, and a <base>', () => {
    const dir = site({
      'index.html': page(
        '<link rel="alternate" hreflang="zh" href="/zh/"><script type="module" src="/x.js"></script><form action="/search/"></form>' +
          '<img srcset="/a.png 1x, /b.png 2x"><a href="/q/?a=1&amp;b=2">q</a><meta http-equiv="refresh" content="0;url=/gone/">',
      ),
      'sub/index.html': '<html><head><base href="/zh/"></head><body><a href="missing/">x</a></body></html>',
    });
    expect(hrefs(dir, '/')).toEqual(['/ /zh/', '/ /x.js', '/ /search/', '/ /a.png', '/ /b.png', '/ /q/?a=1&b=2', '/ /gone/', '/sub/ missing/']);
  });
});

describe('htmlReferences', () => {
  it('ignores markup inside comments, scripts and styles, and keeps a script\'s src', () => {
    const refs = htmlReferences(
      '<!-- <a href="/c/"> --><script src="/s.js">document.write(\'<a href="/w/">\')</script><style>a::after{content:"<a href=/x>"}</style><a href="/real/" title="a > b" id=x>r</a>',
    );
    expect(refs.refs).toEqual(['/s.js', '/real/']);
    expect([...refs.ids]).toEqual(['x']);
  });

  it('takes the first word of each srcset candidate', () => {
    expect(srcsetUrls('/a.png 1x,/b.png  2x , /c.png')).toEqual(['/a.png', '/b.png', '/c.png']);
  });
});
