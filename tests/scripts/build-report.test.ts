import { describe, expect, it } from 'vitest';
import { countByKind, HANDFUL, refusalKind, reportText, terminalLines, warningKind } from '../../scripts/lib/build-report.ts';

/* Issue 15, point 6: a build log a person reads. Past a handful, findings are counted by kind on the terminal; the report file names each. */
const tables = Array.from({ length: 312 }, (_, i) => `akn/E_RES_${i}.xml: line ${i + 3}: a table, read row by row as paragraphs annex-1-table-1-row-N`);
const jump = 'a.txt: line 40: paragraph 7 follows paragraph 5; the numbers between are missing';

describe('the build report', () => {
  it('tells a warning\'s kind by the documented message, and a refusal\'s after its file and line', () => {
    expect(warningKind(tables[0]!)).toBe('a table, read row by row as paragraphs …-row-N');
    expect(warningKind(jump)).toBe('paragraph … follows paragraph …; the numbers between are missing');
    expect(refusalKind('x/y.xml:450: not well-formed XML: Opening and ending tag mismatch')).toBe('not well-formed XML: …');
    expect(refusalKind('x/y.txt: something new')).toBe('something new');
  });

  it('counts by kind, the commonest first', () => {
    expect(countByKind([...tables, jump], warningKind)).toEqual([
      ['a table, read row by row as paragraphs …-row-N', 312],
      ['paragraph … follows paragraph …; the numbers between are missing', 1],
    ]);
  });

  it('prints a handful one by one, and more only as counts, with the report\'s name', () => {
    const few = terminalLines({ refused: [], risks: [], warnings: [jump] }, '.generated/build-report.txt');
    expect(few).toEqual([jump, 'each with its file and line: .generated/build-report.txt']);
    const many = terminalLines({ refused: ['b.txt: the file is empty'], risks: [], warnings: [...tables, jump] }, 'r.txt');
    expect(many).toEqual([
      'b.txt: the file is empty',
      '313 importer warnings, by kind:',
      '  312 × a table, read row by row as paragraphs …-row-N',
      '  1 × paragraph … follows paragraph …; the numbers between are missing',
      'each with its file and line: r.txt',
    ]);
    expect(many.length).toBeLessThan(HANDFUL + 5);
    expect(terminalLines({ refused: [], risks: [], warnings: [] }, 'r.txt')).toEqual([]);
  });

  it('writes every finding, with its file and line, into the report', () => {
    const text = reportText({ refused: ['b.txt: the file is empty'], risks: [], warnings: [...tables, jump] });
    for (const line of [...tables, jump, 'b.txt: the file is empty']) expect(text).toContain(`  ${line}\n`);
    expect(text).toContain('Importer warnings: 313\n  312 × a table');
  });
});
