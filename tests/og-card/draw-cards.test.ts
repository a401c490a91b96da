import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CatalogueCard } from '../../src/schemas/catalogue-card.ts';
import { CARD_FONT_FILES, openCardFonts } from '../../scripts/og-cards/card-fonts.ts';
import { drawCards } from '../../scripts/og-cards/draw-cards.ts';
import { drawCardsInProcess, processFailure } from '../../scripts/og-cards/draw-cards-process.ts';
import { pngSize } from '../../scripts/og-cards/encode-png.ts';

const root = join(import.meta.dirname, '../..');
const cacheDir = mkdtempSync(join(tmpdir(), 'og-cards-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const missing = (() => {
  const fonts = openCardFonts();
  return 'missing' in fonts ? fonts.missing : null;
})();

const card = (lang: CatalogueCard['lang'], title: string): CatalogueCard => ({
  id: `${lang}/E/RES/2015/26`,
  symbol: 'E/RES/2015/26',
  organ: 'ECOSOC',
  number: '2015/26',
  lang,
  title,
  adopted: '2015-07-22',
  meeting: 54,
  agendaItem: '18(b)',
  session: null,
  agendaTitle: null,
  sdgGoals: [],
  subjects: [],
});

describe.skipIf(missing)(`drawCards (needs the fonts${missing ? `: ${missing}` : ''})`, () => {
  const cards = [card('zh', '评估信息社会世界首脑会议成果的执行情况'), card('ar', 'التقدم المحرز في تنفيذ'), card('en', 'Assessment of the progress')];

  it('draws a 1200×630 PNG per page into the cache, then takes them from it', async () => {
    const first = await drawCards(cards, { root, cacheDir, reuse: true });
    expect([first.drawn, first.reused, first.warning]).toEqual([3, 0, undefined]);
    for (const item of cards) expect(pngSize(readFileSync(first.files.get(item.id)!)), item.id).toEqual({ width: 1200, height: 630 });
    expect(new Set(first.files.values()).size).toBe(3);
    const again = await drawCards(cards, { root, cacheDir, reuse: true });
    expect([again.drawn, again.reused]).toEqual([0, 3]);
    expect([...again.files]).toEqual([...first.files]);
  });

  it('draws again only the card whose text changed, and every card when told not to reuse', async () => {
    const changed = [cards[0]!, cards[1]!, card('en', 'Assessment of the progress made')];
    const drawn = await drawCards(changed, { root, cacheDir, reuse: true });
    expect([drawn.drawn, drawn.reused]).toEqual([1, 2]);
    expect((await drawCards(changed, { root, cacheDir, reuse: false })).drawn).toBe(3);
  });

  it('after an interrupted drawing, draws again a card left empty, and removes the partial files of a dead process', async () => {
    const dir = join(cacheDir, 'interrupted');
    const first = await drawCards(cards, { root, cacheDir: dir, reuse: true });
    const [zh, ar] = [first.files.get(cards[0]!.id)!, first.files.get(cards[1]!.id)!];
    truncateSync(zh, 0);
    // A process killed mid-write leaves its partial file (pid 2^22 + 1 is above Linux's pid_max: no such process).
    const abandoned = `${ar}.${2 ** 22 + 1}.partial`;
    writeFileSync(abandoned, Buffer.from([0x89, 0x50]));
    const again = await drawCards(cards, { root, cacheDir: dir, reuse: true });
    expect([again.drawn, again.reused]).toEqual([1, 2]);
    expect(pngSize(readFileSync(zh))).toEqual({ width: 1200, height: 630 });
    expect(existsSync(abandoned)).toBe(false);
    expect(statSync(ar).size).toBeGreaterThan(1000);
  });

  it('lets the event loop turn after each card drawn, so that Node can free what resvg holds natively', async () => {
    // resvg-js frees a render's tree and pixels only in N-API finalizers, which Node runs in a
    // task of the event loop: a drawing that never lets it turn keeps every card it drew.
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const result = await drawCards(cards, { root, cacheDir: join(cacheDir, 'turns'), reuse: false });
    ticking = false;
    expect(result.drawn).toBe(3);
    expect(turns).toBeGreaterThanOrEqual(3);
  });
});

describe('drawCards without the fonts', () => {
  it('serves each page its language’s static card, and says why in one line', async () => {
    const absent = { path: join(cacheDir, 'no-such-font.ttf') };
    const result = await drawCards([card('ar', 'عنوان'), card('zh', '标题')], {
      root,
      cacheDir,
      reuse: true,
      fontFiles: { ...CARD_FONT_FILES, other: { regular: absent, bold: absent } },
    });
    expect(result.drawn).toBe(0);
    expect(result.files.get('ar/E/RES/2015/26')).toBe(join(root, 'public/og/card-ar.png'));
    expect(result.files.get('zh/E/RES/2015/26')).toBe(join(root, 'public/og/card-zh.png'));
    expect(result.warning).toContain(`no ${absent.path}`);
    expect(result.warning).not.toContain('\n');
  });
});

describe('drawCardsInProcess (the build’s way: a process of lower priority)', () => {
  it.skipIf(missing)('draws a catalogue’s cards and gives back each page’s file', async () => {
    const catalogue = join(cacheDir, 'catalogue.json');
    writeFileSync(catalogue, JSON.stringify([card('ru', 'Прогресс в осуществлении'), card('es', 'Progresos realizados')]));
    const result = await drawCardsInProcess(catalogue, join(cacheDir, 'process'), true);
    expect([result.drawn, result.reused]).toEqual([2, 0]);
    for (const id of ['ru/E/RES/2015/26', 'es/E/RES/2015/26']) expect(pngSize(readFileSync(result.files.get(id)!)), id).toEqual({ width: 1200, height: 630 });
  });

  it.skipIf(missing)('shares the cards among several processes, each drawing every N-th, and gives back every page’s file', async () => {
    const catalogue = join(cacheDir, 'shared.json');
    const cards = ['zh', 'ar', 'en', 'fr', 'ru'].map((lang, i) => ({ ...card(lang as CatalogueCard['lang'], `Title ${i}`), id: `${lang}/E/RES/2015/${i}` }));
    writeFileSync(catalogue, JSON.stringify(cards));
    const result = await drawCardsInProcess(catalogue, join(cacheDir, 'shared'), true, undefined, 2);
    expect([result.drawn, result.reused]).toEqual([5, 0]);
    expect([...result.files.keys()].sort()).toEqual(cards.map((c) => c.id).sort());
    // One shard alone draws only its share: the 1st, 3rd and 5th of five.
    const alone = await drawCards(cards, { root, cacheDir: join(cacheDir, 'one-shard'), reuse: true, shard: { index: 0, count: 2 } });
    expect([...alone.files.keys()]).toEqual([cards[0]!.id, cards[2]!.id, cards[4]!.id]);
  });

  it('fails with the process’s message, naming what it could not read', async () => {
    const absent = join(cacheDir, 'no-catalogue.json');
    await expect(drawCardsInProcess(absent, cacheDir, true)).rejects.toThrow(`site: the share cards could not be drawn: ENOENT: no such file or directory, open '${absent}'`);
  });

  it('says which signal killed the process (the kernel’s OOM killer sends SIGKILL), never nothing after the colon', async () => {
    const cli = join(cacheDir, 'killed-cli.mjs');
    writeFileSync(cli, "process.stderr.write('drawing card 1\\n'); process.kill(process.pid, 'SIGKILL');\n");
    const failure = drawCardsInProcess(join(cacheDir, 'catalogue.json'), cacheDir, true, cli);
    await expect(failure).rejects.toThrow('site: the share cards could not be drawn: the drawing process was killed by SIGKILL (out of memory?); the end of its stderr:\ndrawing card 1');
  });

  it('gives the exit code of a process that failed without a word, and its unreadable output', async () => {
    const silent = join(cacheDir, 'silent-cli.mjs');
    writeFileSync(silent, 'process.exitCode = 3;\n');
    await expect(drawCardsInProcess('x', cacheDir, true, silent)).rejects.toThrow(/could not be drawn: the drawing process exited with code 3, writing nothing on stderr$/);
    const garbled = join(cacheDir, 'garbled-cli.mjs');
    writeFileSync(garbled, "process.stdout.write('{');\n");
    await expect(drawCardsInProcess('x', cacheDir, true, garbled)).rejects.toThrow(/could not be drawn: the drawing process gave no result it could be read \(.+\)$/);
  });
});

describe('processFailure', () => {
  it('keeps a short message as it is, and names the code or signal with the end of a long stderr', () => {
    expect(processFailure(1, null, 'catalogue.json: card 3 is not a catalogue card\n')).toBe('catalogue.json: card 3 is not a catalogue card');
    expect(processFailure(null, 'SIGTERM', '')).toBe('the drawing process was killed by SIGTERM, writing nothing on stderr');
    const trace = Array.from({ length: 30 }, (_, i) => `line ${i + 1}`).join('\n');
    const message = processFailure(134, null, trace);
    expect(message.split('\n')).toEqual(['the drawing process exited with code 134; the end of its stderr:', ...Array.from({ length: 10 }, (_, i) => `line ${i + 21}`)]);
  });
});
