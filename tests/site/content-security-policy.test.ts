import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/head/content-security-policy.ts';

/**
 * Every page of the built sites, read as the browser would before it runs anything: the policy
 * stands first after the charset, and nothing on the page needs what the policy forbids (an
 * inline script or style, an event-handler attribute, a resource of another host). The seed
 * site, the cross-linked site, and the corpus site where ../shared is present.
 */
const sites: [string, string, string][] = [
  ['seed', inject('siteDir'), inject('siteBase')],
  ['cross-linked', inject('xrefSiteDir'), inject('siteBase')],
  ...Object.entries(inject('corpusSites') ?? {}).slice(0, 1).map(([base, dir]): [string, string, string] => [`corpus at ${base}`, dir, base]),
];

function htmlFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = `${prefix}${entry.name}`;
    if (entry.isDirectory()) return path === 'pagefind' ? [] : htmlFiles(dir, `${path}/`);
    return path.endsWith('.html') ? [path] : [];
  });
}

/** What a page holds that the policy would block or that comes from elsewhere, each named. */
function policyProblems(html: string, base: string): string[] {
  const problems: string[] = [];
  const head = /<head>\s*<meta charset="utf-8"\s*\/?>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  if (!head) problems.push('no Content-Security-Policy meta tag right after the charset');
  else if (head[1]?.replace(/&#39;/g, "'") !== CONTENT_SECURITY_POLICY) problems.push(`another policy: ${head[1]}`);
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    if (/\stype="application\/ld\+json"/.test(tag)) continue;
    const src = /\ssrc="([^"]*)"/.exec(tag)?.[1];
    if (!src) problems.push(`inline script: ${tag}`);
    else if (!src.startsWith(base)) problems.push(`script from elsewhere: ${src}`);
  }
  if (/<style[\s>]/.test(html)) problems.push('a <style> element');
  for (const [attribute] of html.matchAll(/<[a-z][^>]*?\s(style|on[a-z]+)="[^"]*"/g)) problems.push(`attribute: ${attribute.slice(0, 120)}`);
  for (const [, name, url] of html.matchAll(/<(?:link|img|source|iframe|embed|object|audio|video)\b[^>]*?\s(href|src|srcset|data)="([^"]*)"/g)) {
    if (/^(?:[a-z]+:)?\/\//i.test(url ?? '')) problems.push(`${name} of another host: ${url}`);
  }
  for (const [tag] of html.matchAll(/<a\b[^>]*\shref="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
    const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`external link without rel="noopener noreferrer": ${tag}`);
  }
  return problems;
}

describe('the Content-Security-Policy of every page', () => {
  it('finds what it is meant to find', () => {
    const page = `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
    expect(policyProblems(`${page}<script>alert(1)</script><p style="x">`, '/')).toEqual(['inline script: <script>', 'attribute: <p style="x"']);
    expect(policyProblems(`${page}<a href="https://un.org">`, '/')).toEqual(['external link without rel="noopener noreferrer": <a href="https://un.org">']);
    expect(policyProblems('<head><meta charset="utf-8"><title>', '/')).toEqual(['no Content-Security-Policy meta tag right after the charset']);
  });

  for (const [name, dir, base] of sites) {
    it(`${name}: stands first in every page's head, and nothing on a page needs more`, () => {
      const files = htmlFiles(dir);
      expect(files.length).toBeGreaterThan(10);
      const problems = files.flatMap((file) => policyProblems(readFileSync(join(dir, file), 'utf8'), base).map((problem) => `${file}: ${problem}`));
      expect(problems.slice(0, 20)).toEqual([]);
    });
  }
});
