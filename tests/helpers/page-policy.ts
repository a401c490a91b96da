import { CONTENT_SECURITY_POLICY } from '../../src/head/content-security-policy.ts';

/** What a page holds that the Content-Security-Policy would block or that comes from another host, each named (tests/site/content-security-policy.test.ts). */
export function policyProblems(html: string, base: string): string[] {
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
  // What the browser loads: a `<link>` only as a stylesheet, icon, manifest or preload (an alternate
  // or canonical link names an address, absolute where the site's host is known, and loads nothing).
  const loads = [...html.matchAll(/<(?:img|source|iframe|embed|object|audio|video)\b[^>]*?\s(src|srcset|data)="([^"]*)"/g)];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\srel="(?:stylesheet|icon|manifest|preload|modulepreload|prefetch)"/.test(tag)) loads.push(...tag.matchAll(/\s(href)="([^"]*)"/g));
  }
  for (const [, name, url] of loads) {
    if (/^(?:[a-z]+:)?\/\//i.test(url ?? '')) problems.push(`${name} of another host: ${url}`);
  }
  for (const [tag] of html.matchAll(/<a\b[^>]*\shref="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
    const rel = /\srel="([^"]*)"/.exec(tag)?.[1]?.split(/\s+/) ?? [];
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`external link without rel="noopener noreferrer": ${tag}`);
  }
  return problems;
}
