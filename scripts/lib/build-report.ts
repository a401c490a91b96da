import { REFUSALS, WARNINGS, type Explained } from '../../src/docs/warnings.ts';

/**
 * Up to this many lines of one kind (refusals, risks, warnings) are printed one by one on the
 * terminal; past it, counted by kind. The report file always holds every one.
 */
export const HANDFUL = 8;

/** What the build has to say, each line naming its file (and line). */
export interface Findings {
  refused: readonly string[];
  risks: readonly string[];
  warnings: readonly string[];
}

/** A documented message as a pattern: its "…" placeholders match anything. */
function patternOf(message: string, anchored: 'whole' | 'end'): RegExp {
  const body = message.split('…').map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*?');
  return new RegExp(anchored === 'whole' ? `^${body}$` : `: ${body}$`, 's');
}

const warningKinds = WARNINGS.map((w) => ({ kind: w.message, pattern: patternOf(w.message, 'whole') }));
const refusalKinds = REFUSALS.map((r: Explained) => ({ kind: r.message, pattern: patternOf(r.message, 'end') }));

/** The documented kind of a warning ("file: line N: what"), or its own words when none fits. */
export function warningKind(line: string): string {
  const what = line.replace(/^.*?: line \d+: /s, '');
  return warningKinds.find(({ pattern }) => pattern.test(what))?.kind ?? what;
}

/** The documented kind of a refusal or risk ("file[:line]: what"), or its words after the file when none fits. */
export function refusalKind(line: string): string {
  return refusalKinds.find(({ pattern }) => pattern.test(line))?.kind ?? line.replace(/^[^:]*(?::\d+)?: /, '');
}

/** Lines counted by kind, the commonest first (then by kind, so that the same findings print the same). */
export function countByKind(lines: readonly string[], kindOf: (line: string) => string): [string, number][] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(kindOf(line), (counts.get(kindOf(line)) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/** "312 × a table, read row by row as paragraphs …-row-N" lines. */
const counted = (lines: readonly string[], kindOf: (line: string) => string) => countByKind(lines, kindOf).map(([kind, n]) => `  ${n} × ${kind}`);

/**
 * What the terminal shows: each kind of finding line by line when there are a handful, else a
 * count of each kind and the report's path. Never one line per warning past a handful.
 */
export function terminalLines(findings: Findings, reportPath: string): string[] {
  const out: string[] = [];
  const section = (lines: readonly string[], name: string, kindOf: (line: string) => string) => {
    if (lines.length === 0) return;
    if (lines.length <= HANDFUL) out.push(...lines);
    else out.push(`${lines.length} ${name}, by kind:`, ...counted(lines, kindOf));
  };
  section(findings.refused, 'sources refused or skipped', refusalKind);
  section(findings.risks, 'risks to existing links', refusalKind);
  section(findings.warnings, 'importer warnings', warningKind);
  if (findings.refused.length + findings.risks.length + findings.warnings.length > 0) out.push(`each with its file and line: ${reportPath}`);
  return out;
}

/** The report file: counts by kind, then every finding with its file and line, sorted as found. */
export function reportText(findings: Findings): string {
  const parts: string[] = ['Build report (scripts/build.ts): every source refused or skipped, every risk to existing links, every importer warning.', ''];
  const section = (lines: readonly string[], name: string, kindOf: (line: string) => string) => {
    parts.push(`${name}: ${lines.length}`);
    if (lines.length > 0) parts.push(...counted(lines, kindOf), '', ...lines.map((line) => `  ${line}`));
    parts.push('');
  };
  section(findings.refused, 'Sources refused or skipped', refusalKind);
  section(findings.risks, 'Risks to existing links', refusalKind);
  section(findings.warnings, 'Importer warnings', warningKind);
  return parts.join('\n');
}
