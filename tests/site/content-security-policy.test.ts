import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/head/content-security-policy.ts';
import { policyProblems } from '../helpers/page-policy.ts';

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

describe('the Content-Security-Policy of every page', () => {
  it('finds what it is meant to find', () => {
    const page = `<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
    expect(policyProblems(`${page}<script>alert(1)</script><p style="x">`, '/')).toEqual(['inline script: <script>', 'attribute: <p style="x"']);
    expect(policyProblems(`${page}<a href="https://un.org">`, '/')).toEqual(['external link without rel="noopener noreferrer": <a href="https://un.org">']);
    expect(policyProblems(`${page}<link rel="stylesheet" href="https://cdn.example/a.css"><img src="//cdn.example/a.png"><link rel="alternate" hreflang="ar" href="https://archive.example.org/ar/">`, '/')).toEqual([
      'src of another host: //cdn.example/a.png',
      'href of another host: https://cdn.example/a.css',
    ]);
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
