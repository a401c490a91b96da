import type { BrowserContext, Page } from 'playwright-core';

/**
 * Starts summing the page's layout shifts (Cumulative Layout Shift, without the shifts that
 * follow the reader's own input) from before any of its scripts runs; `layoutShift` reads it.
 */
export async function watchLayoutShift(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __layoutShift: number; __layoutShiftSources: string[] };
    w.__layoutShift = 0;
    w.__layoutShiftSources = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__layoutShift += entry.value;
        for (const source of entry.sources ?? []) {
          const node = source.node;
          const el = node instanceof Element ? node : node?.parentElement;
          w.__layoutShiftSources.push(`${entry.value.toFixed(4)} ${el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : '?'}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed so far, and the elements that moved (for a failure message). */
export function layoutShift(page: Page): Promise<{ value: number; sources: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __layoutShift: number; __layoutShiftSources: string[] };
    return { value: w.__layoutShift, sources: w.__layoutShiftSources };
  });
}
