import { describe, expect, it } from 'vitest';
import { classifyRegions, type Region } from '../../../src/pipeline/pdf/classify-regions.ts';
import { groupLines, plainText } from '../../../src/pipeline/pdf/group-lines.ts';
import type { PdfItem, PdfPage } from '../../../src/pipeline/pdf/read-pdf.ts';
import { item, page } from './synthetic.ts';

const FULL = 'the text of a paragraph set to the full measure of the column, line after line';

/** Body text: `count` lines of 10-point text from `top`, 12 points apart. */
function paragraph(top: number, count: number, x = 123): PdfItem[] {
  return Array.from({ length: count }, (_, i) => item(FULL, x, top + i * 12, { width: 365 }));
}

/** The region of every line, as "region: text". */
function regions(pages: PdfPage[]): string[] {
  const lines = groupLines(pages);
  return classifyRegions(lines, pages).lines.map(({ line, region }) => `${region}: ${plainText(line)}`);
}

function regionOf(pages: PdfPage[], text: string): Region | undefined {
  return regions(pages)
    .find((entry) => entry.endsWith(`: ${text}`))
    ?.split(':')[0] as Region | undefined;
}

// Page 1 as the UN sets it: masthead at the top, the column left of the text, footer at the bottom.
const FIRST_PAGE = page(1, [
  item('United Nations', 123, 56.5, { size: 14 }),
  item('A', 492.8, 56.5, { size: 20.6, width: 15 }),
  item('/RES/79/3', 507.9, 56.5, { width: 44 }),
  item('General Assembly', 123, 86.4, { size: 20, bold: true }),
  item('Distr.: General', 397, 86.4),
  item('11 October 2024', 397, 98.4),
  item('Seventy-ninth session', 60, 222.3, { bold: true }),
  item('Agenda item 143', 60, 234.3),
  item('Scale of assessments', 60, 246.3, { bold: true }),
  item('Resolution adopted by the General Assembly', 123, 278.7, { size: 14, bold: true }),
  item('79/3.', 85, 343.5, { size: 12, bold: true }),
  item('Scale of assessments', 123, 343.5, { size: 12, bold: true }),
  ...paragraph(368, 20),
  item('24-18683 (E)', 65, 747.6),
  item('*2418683*', 65, 762.2, { size: 12 }),
]);

// Page 2: running header, text, footnote area under its rule, footer.
const LATER_PAGE = page(2, [
  item('A/RES/79/3', 60, 59, { size: 8.5, bold: true }),
  item('Scale of assessments', 400, 49.2, { size: 8.5, bold: true }),
  item('Scale of assessments (continued)', 400, 59, { size: 8.5, bold: true }),
  ...paragraph(82.3, 30),
  item('__________________', 99.6, 697.4, { size: 8 }),
  item('1', 116.8, 708.5, { size: 5.5 }),
  item('Official Records of the General Assembly, Seventy-ninth Session,', 123.4, 711.5, { size: 8.5 }),
  item('Supplement No. 11.', 123.4, 722, { size: 8.5 }),
  item('2/2', 60, 753.8, { size: 8.5 }),
  item('24-18683', 524, 753.8, { size: 7 }),
]);

describe('classifyRegions', () => {
  it("reads the first page's masthead down to the end of the column left of the text", () => {
    const found = regions([FIRST_PAGE, LATER_PAGE]).slice(0, 7);
    expect(found).toEqual([
      'masthead: United Nations A/RES/79/3',
      'masthead: General Assembly Distr.: General',
      'masthead: 11 October 2024',
      'masthead: Seventy-ninth session',
      'masthead: Agenda item 143',
      'masthead: Scale of assessments',
      'body: Resolution adopted by the General Assembly',
    ]);
  });

  it('takes the job number and barcode at the bottom of the first page as its footer', () => {
    expect(regions([FIRST_PAGE]).slice(-3)).toEqual([`body: ${FULL}`, 'footer: 24-18683 (E)', 'footer: *2418683*']);
  });

  it('takes the running header, the footnote area under its rule and the footer of a later page', () => {
    const found = regions([FIRST_PAGE, LATER_PAGE]).filter((entry) => !entry.startsWith('masthead') && !entry.endsWith(FULL));
    expect(found.slice(-6)).toEqual([
      'header: Scale of assessments',
      'header: A/RES/79/3 Scale of assessments (continued)',
      'separator: __________________',
      'footnotes: 1 Official Records of the General Assembly, Seventy-ninth Session,',
      'footnotes: Supplement No. 11.',
      'footer: 2/2 24-18683',
    ]);
  });

  it('finds a footnote area without a rule: small type at the page bottom that opens with a raised number', () => {
    const pages = [
      page(1, [
        ...paragraph(100, 10),
        item('1', 116.8, 708.5, { size: 5.5 }),
        item('Resolution 70/1.', 123.4, 711.5, { size: 8.5 }),
        item('Resolution 73/2.', 123.4, 722, { size: 8.5 }),
        item('24-18683', 60, 753.8, { size: 7 }),
      ]),
    ];
    expect(regions(pages).slice(-4)).toEqual([`body: ${FULL}`, 'footnotes: 1 Resolution 70/1.', 'footnotes: Resolution 73/2.', 'footer: 24-18683']);
  });

  it('keeps text that runs into the bottom band without a gap as text, not footer', () => {
    const pages = [page(2, paragraph(600, 14))];
    expect(regions(pages).every((entry) => entry.startsWith('body'))).toBe(true);
  });

  it('keeps the first line of text below the header as text', () => {
    expect(regionOf([FIRST_PAGE, LATER_PAGE], FULL)).toBe('body');
  });

  it('takes no masthead column when there is none: only the top band apart from the text', () => {
    const pages = [page(1, [item('United Nations', 123, 56.5, { size: 14 }), ...paragraph(100, 5)])];
    expect(regions(pages)[0]).toBe('masthead: United Nations');
    expect(regions(pages)[1]).toBe(`body: ${FULL}`);
  });

  it('learns the layout: body size, the left edge of wrapped lines, the right edge of full ones', () => {
    const pages = [FIRST_PAGE, LATER_PAGE];
    expect(classifyRegions(groupLines(pages), pages).layout).toEqual({ bodySize: 10, left: 123, right: 488 });
  });
});
