import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, CSP_DIRECTIVES } from '../../src/head/content-security-policy.ts';

const directive = (name: string) => CSP_DIRECTIVES.find(([key]) => key === name)?.[1];

describe('the Content-Security-Policy', () => {
  it("allows Pagefind's WebAssembly, and no inline or evaluated script, no inline style, nothing from another host", () => {
    expect(directive('script-src')).toBe("'self' 'wasm-unsafe-eval'");
    expect(directive('default-src')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:|data:/);
    expect(directive('style-src')).toBe("'self'");
  });

  it('says in the header form what only a header can, and the same as the meta tag otherwise', () => {
    expect(CONTENT_SECURITY_POLICY_HEADER).toBe(`${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('is the policy the deployment docs print, in the _headers and nginx examples and as the meta tag', () => {
    const docs = readFileSync('src/content/docs/en/deploying.mdx', 'utf8');
    expect(docs).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY_HEADER}\n`);
    expect(docs).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY_HEADER}";`);
    expect(docs).toContain(`\n${CONTENT_SECURITY_POLICY}\n`);
  });
});
