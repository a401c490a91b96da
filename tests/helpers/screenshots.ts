/**
 * Screenshots of the built site for a person to look at, into `.cache/screenshots/`:
 *   node tests/helpers/screenshots.ts [siteDir] [base] [path...]
 * (defaults: `dist`, `/`, and a set of the pages worth looking at; a path given takes a wide
 * and a narrow shot of that page instead). Not a test: it asserts nothing.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium, onlyOrigin } from './chromium.ts';
import { startStaticServer } from './static-server.ts';

const siteDir = resolve(process.argv[2] ?? 'dist');
const base = process.argv[3] ?? '/';
const outDir = resolve('.cache/screenshots');
const paths = process.argv.slice(4);

/** Each shot: a name, a path inside the site, a viewport width, a colour scheme, full page or the first screen. */
type Shot = { name: string; path: string; width: number; scheme: 'light' | 'dark'; fullPage: boolean; waitFor?: string };

/** A wide and a narrow shot of a page, light and dark, named after its path. */
const shotsOf = (path: string): Shot[] =>
  [1280, 390].flatMap((width) =>
    (['light', 'dark'] as const).map((scheme) => ({
      name: `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'landing'}-${width}${scheme === 'dark' ? '-dark' : ''}`,
      path,
      width,
      scheme,
      fullPage: false,
      waitFor: path.includes('?q=') ? '.search-result' : undefined,
    })),
  );

const DEFAULT_SHOTS: Shot[] = [
  { name: 'resolution-zh-1280-light', path: 'zh/E/RES/2015/26/', width: 1280, scheme: 'light', fullPage: false },
  { name: 'resolution-zh-1280-light-full', path: 'zh/E/RES/2015/26/', width: 1280, scheme: 'light', fullPage: true },
  { name: 'resolution-zh-1280-dark', path: 'zh/E/RES/2015/26/', width: 1280, scheme: 'dark', fullPage: false },
  { name: 'resolution-zh-390-light', path: 'zh/E/RES/2015/26/', width: 390, scheme: 'light', fullPage: false },
  { name: 'resolution-zh-390-dark', path: 'zh/E/RES/2015/26/', width: 390, scheme: 'dark', fullPage: false },
  { name: 'resolution-zh-1280-para-48', path: 'zh/E/RES/2015/26/#para-48', width: 1280, scheme: 'light', fullPage: false },
  { name: 'resolution-zh-390-para-48-c', path: 'zh/E/RES/2015/26/#para-48-c', width: 390, scheme: 'light', fullPage: false },
  { name: 'resolution-zh-1280-footnotes', path: 'zh/E/RES/2015/26/#fn-1', width: 1280, scheme: 'light', fullPage: false },
  { name: 'search-zh-1280', path: `zh/search/?q=${encodeURIComponent('因特网治理论坛')}`, width: 1280, scheme: 'light', fullPage: false, waitFor: '.search-result' },
  { name: 'search-zh-390-dark', path: `zh/search/?q=${encodeURIComponent('因特网治理论坛')}`, width: 390, scheme: 'dark', fullPage: false, waitFor: '.search-result' },
  { name: 'landing-1280', path: '', width: 1280, scheme: 'light', fullPage: true },
  { name: 'landing-390', path: '', width: 390, scheme: 'light', fullPage: true },
  { name: 'home-zh-1280', path: 'zh/', width: 1280, scheme: 'light', fullPage: true },
  { name: 'home-en-1280-dark', path: 'en/', width: 1280, scheme: 'dark', fullPage: true },
  { name: 'home-ar-390', path: 'ar/', width: 390, scheme: 'light', fullPage: true },
];

const SHOTS = paths.length > 0 ? paths.flatMap(shotsOf) : DEFAULT_SHOTS;

await mkdir(outDir, { recursive: true });
const server = await startStaticServer(siteDir, base);
const browser = await launchChromium();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.width < 600 ? 844 : 900 },
      deviceScaleFactor: 1,
      colorScheme: shot.scheme,
      hasTouch: shot.width < 600,
    });
    const refused = await onlyOrigin(context, new URL(server.url).origin);
    const page = await context.newPage();
    await page.goto(server.at(shot.path), { waitUntil: 'load' });
    if (shot.waitFor) await page.waitForSelector(shot.waitFor, { timeout: 15_000 });
    const file = `${outDir}/${shot.name}.png`;
    await page.screenshot({ path: file, fullPage: shot.fullPage });
    process.stdout.write(`${file}${refused.length > 0 ? `  (refused: ${refused.join(', ')})` : ''}\n`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
