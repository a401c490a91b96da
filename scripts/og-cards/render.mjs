// The archive's general share cards, one per language: public/og/card-{lang}.png, from the SVGs
// written beside this script. Each resolution page has a card of its own, drawn by the build
// (draw-cards.ts beside this script); these static ones are what a page serves when the build lacks the fonts.
// To make them again (needs the Noto CJK and DejaVu fonts of Debian's fonts-noto-cjk and
// fonts-dejavu-core):
//   node scripts/og-cards/render.mjs
import { Resvg } from '@resvg/resvg-js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '../..');
const esc = (s) => s.replace(/&/g,'&amp;').replace(/</g,'&lt;');
// lines per language: [kicker, name lines..., sub]
const L = {
  ar: { dir: 'rtl', font: 'DejaVu Sans', kicker: 'الأمم المتحدة', name: ['أرشيف قرارات المجلس', 'الاقتصادي والاجتماعي'], sub: 'النص الكامل بست لغات، مع رابط لكل فقرة' },
  zh: { dir: 'ltr', font: 'Noto Sans CJK SC', kicker: '联合国', name: ['经济及社会理事会决议档案'], sub: '六种语文全文，每一段落均可链接引用' },
  en: { dir: 'ltr', font: 'DejaVu Sans', kicker: 'United Nations', name: ['ECOSOC Resolutions', 'Archive'], sub: 'Full text in six languages, a link to every paragraph' },
  fr: { dir: 'ltr', font: 'DejaVu Sans', kicker: 'Nations Unies', name: ['Archive des résolutions', 'de l’ECOSOC'], sub: 'Texte intégral en six langues, un lien par paragraphe' },
  ru: { dir: 'ltr', font: 'DejaVu Sans', kicker: 'Организация Объединенных Наций', name: ['Архив резолюций', 'ЭКОСОС'], sub: 'Полный текст на шести языках, ссылка на каждый пункт' },
  es: { dir: 'ltr', font: 'DejaVu Sans', kicker: 'Naciones Unidas', name: ['Archivo de resoluciones', 'del ECOSOC'], sub: 'Texto íntegro en seis idiomas, un enlace a cada párrafo' },
};
const fontFiles = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc','/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc','/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf','/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'];
for (const [lang, c] of Object.entries(L)) {
  const rtl = c.dir === 'rtl';
  const x = rtl ? 1110 : 90;
  const t = (y, size, weight, fill, text) => `  <text x="${x}" y="${y}" font-family="${c.font}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${rtl ? 'end' : 'start'}" direction="${c.dir}">${esc(text)}</text>`;
  const lines = [t(170, 40, 'normal', '#0b5a8a', c.kicker)];
  c.name.forEach((line, i) => lines.push(t(280 + i * 96, c.font === 'DejaVu Sans' ? 72 : 80, 'bold', '#111111', line)));
  lines.push(t(c.name.length === 1 ? 400 : 490, 36, 'normal', '#444444', c.sub));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <!-- The archive's share card in ${lang} (public/og/card-${lang}.png): rendered with @resvg/resvg-js 2.6.2, fonts Noto Sans CJK (Chinese) and DejaVu Sans. -->
  <rect width="1200" height="630" fill="#ffffff"/>
  <rect width="1200" height="24" fill="#009edb"/>
  <rect y="590" width="1200" height="40" fill="#f0f4f7"/>
${lines.join('\n')}
  <text x="90" y="618" font-family="Noto Sans CJK SC" font-size="24" fill="#555555" direction="ltr">العربية  ·  中文  ·  English  ·  Français  ·  Русский  ·  Español</text>
</svg>
`;
  writeFileSync(join(here, `card-${lang}.svg`), svg);
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  writeFileSync(join(root, `public/og/card-${lang}.png`), png);
  process.stdout.write(`${lang}: ${png.length} bytes\n`);
}
