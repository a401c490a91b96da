import type { DistFigures } from './measure-dist.ts';
import type { SearchFigures } from './first-search.ts';
import type { Measured } from './run.ts';

/** One build measured: ours, or the floor (which has no conversion and no rebuild). */
export interface Row {
  name: string;
  documents: string;
  conversion: Measured | null;
  /** `astro build`, Pagefind included (its seconds are in `pagefind`). */
  astro: Measured;
  pagefind: number;
  /** Seconds Astro spent rendering, where Pagefind ran alongside it (ours); else `astro` minus `pagefind`. */
  rendering?: number;
  /** Share cards drawn and the seconds it took (ours only: alongside the rendering). */
  cards?: { drawn: number; seconds: number };
  dist: DistFigures;
  search: SearchFigures | null;
  /** The first search in Chinese ("发展"); ours only. */
  searchZh?: SearchFigures | null;
  /** Seconds to convert and build again after one source changed. */
  rebuild: number | null;
}

const s = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} s` : '–');
const mb = (x: number) => `${(x / 2 ** 20).toFixed(0)} MB`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} KB`;

/** The kinds of process the table gives the memory and CPU time of (run.ts, processKind). */
const KINDS = ['conversion', 'astro', 'pagefind', 'cards', 'orchestrator'] as const;

/** A kind's figures over the conversion and the site step together: the larger peak, the CPU seconds added. */
function kindFigures(r: Row, kind: string): { peakBytes: number; cpuSeconds: number } | null {
  const parts = [r.conversion?.kinds[kind], r.astro.kinds[kind]].filter((part) => part !== undefined);
  if (parts.length === 0) return null;
  return { peakBytes: Math.max(...parts.map((part) => part.peakBytes)), cpuSeconds: parts.reduce((sum, part) => sum + part.cpuSeconds, 0) };
}

/** The figures side by side as a Markdown table, with ours / floor where both are there. */
export function printTable(rows: Row[]): string {
  const total = (r: Row) => (r.conversion?.seconds ?? 0) + r.astro.seconds;
  const peak = (r: Row) => Math.max(r.conversion?.peakBytes ?? 0, r.astro.peakBytes);
  const lines: [string, (r: Row) => string, ((r: Row) => number) | null][] = [
    ['documents (pages)', (r) => r.documents, null],
    ['conversion', (r) => (r.conversion ? s(r.conversion.seconds) : '–'), (r) => r.conversion?.seconds ?? 0],
    ['Astro rendering', (r) => s(r.rendering ?? r.astro.seconds - r.pagefind), (r) => r.rendering ?? r.astro.seconds - r.pagefind],
    ['Pagefind (ours: alongside the rendering)', (r) => s(r.pagefind), (r) => r.pagefind],
    ['share cards (ours: alongside the rendering)', (r) => (r.cards ? `${r.cards.drawn} in ${s(r.cards.seconds)}` : '–'), null],
    ['site step after conversion (ours: scripts/site.ts; floor: astro build + Pagefind)', (r) => s(r.astro.seconds), (r) => r.astro.seconds],
    ['total wall time', (r) => s(total(r)), total],
    ['peak memory (largest process)', (r) => mb(peak(r)), peak],
    ['  conversion / Astro build: peak of its largest process', (r) => `${r.conversion ? mb(r.conversion.peakBytes) : '–'} / ${mb(r.astro.peakBytes)} (${r.astro.peakProcess})`, null],
    ...KINDS.map(
      (kind): [string, (r: Row) => string, null] => [
        `  ${kind}: peak of its largest process / CPU seconds of all`,
        (r) => {
          const figures = kindFigures(r, kind);
          return figures ? `${mb(figures.peakBytes)} / ${figures.cpuSeconds.toFixed(1)} s` : '–';
        },
        null,
      ],
    ),
    ['peak memory of all its processes at once', (r) => mb(Math.max(r.conversion?.peakTreeBytes ?? 0, r.astro.peakTreeBytes)), (r) => Math.max(r.conversion?.peakTreeBytes ?? 0, r.astro.peakTreeBytes)],
    ['rebuild after one source changed', (r) => (r.rebuild === null ? '–' : s(r.rebuild)), null],
    ['dist size', (r) => mb(r.dist.bytes), (r) => r.dist.bytes],
    ['dist files', (r) => String(r.dist.files), (r) => r.dist.files],
    ['page gzip, median', (r) => kb(r.dist.pageMedian), (r) => r.dist.pageMedian],
    ['page gzip, p95', (r) => kb(r.dist.pageP95), (r) => r.dist.pageP95],
    ['page gzip above its text, median', (r) => kb(r.dist.overheadMedian), (r) => r.dist.overheadMedian],
    ['page gzip above its text, p95', (r) => kb(r.dist.overheadP95), (r) => r.dist.overheadP95],
    ['JavaScript on a resolution page (gzip)', (r) => kb(r.dist.pageJs), null],
    ['first search ("development", en)', (r) => (r.search ? `${kb(r.search.bytes)} in ${r.search.requests} files` : '–'), (r) => r.search?.bytes ?? NaN],
    ['  script / wasm / meta / index / filters / fragments', (r) => (r.search ? ['script', 'wasm', 'meta', 'index', 'filters', 'fragments'].map((k) => kb(r.search?.byKind[k] ?? 0)).join(' / ') : '–'), null],
    ['first search ("发展", zh)', (r) => (r.searchZh ? `${kb(r.searchZh.bytes)} in ${r.searchZh.requests} files` : '–'), (r) => r.searchZh?.bytes ?? NaN],
    ['  script / wasm / meta / index / filters / fragments', (r) => (r.searchZh ? ['script', 'wasm', 'meta', 'index', 'filters', 'fragments'].map((k) => kb(r.searchZh?.byKind[k] ?? 0)).join(' / ') : '–'), null],
  ];
  const both = rows.length === 2;
  const header = `| | ${rows.map((r) => r.name).join(' | ')} |${both ? ' ours / floor |' : ''}`;
  const rule = `|---|${rows.map(() => '---:').join('|')}|${both ? '---:|' : ''}`;
  const body = lines.map(([label, cell, value]) => {
    const ratio = both && value ? (value(rows[1] as Row) > 0 ? `${(value(rows[0] as Row) / value(rows[1] as Row)).toFixed(2)}×` : '–') : '';
    return `| ${label} | ${rows.map(cell).join(' | ')} |${both ? ` ${ratio} |` : ''}`;
  });
  return [header, rule, ...body].join('\n');
}
