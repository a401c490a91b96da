import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, from node_modules: injected into the page under test, never fetched. */
export const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One axe violation, as a test failure lists it: rule, impact, what to do, where. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/**
 * Runs axe-core over the page as it stands (WCAG 2.0–2.2 A and AA rules and axe's best
 * practices) and returns its violations, each node reduced to its selector and axe's summary.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated by the test's own channel to the page: a script element would be an inline script,
  // which the site's Content-Security-Policy rightly refuses.
  await page.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
  return page.evaluate(async () => {
    type Result = { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Result[] }> } }).axe;
    const { violations } = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim() })),
    }));
  });
}

/** Violations as lines a person reads in a failed test: `rule (impact): help`, then each node. */
export function formatViolations(violations: readonly AxeViolation[], nodesPerRule = 5): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, nodesPerRule).map((n) => `    ${n.target}\n      ${n.summary}`);
      const more = v.nodes.length > nodesPerRule ? [`    … and ${v.nodes.length - nodesPerRule} more`] : [];
      return [`  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}`, ...nodes, ...more].join('\n');
    })
    .join('\n');
}
