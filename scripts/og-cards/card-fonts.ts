import { existsSync } from 'node:fs';
import { openSync, type Font } from 'fontkit';
import type { Lang } from '../../src/schemas/lang.ts';

/** A face the cards are drawn in: its file and, in a collection (.ttc), the face's PostScript name. */
export interface FontFile {
  path: string;
  face?: string;
}

/** The faces of the cards, regular and bold: Noto Sans CJK SC for Chinese, DejaVu Sans (Latin, Cyrillic, Arabic) for the others. */
export interface CardFontFiles {
  cjk: { regular: FontFile; bold: FontFile };
  other: { regular: FontFile; bold: FontFile };
}

/**
 * Local fonts only, from Debian's fonts-noto-cjk and fonts-dejavu-core (.ci/run installs them):
 * the same the static cards (scripts/og-cards/) are drawn in.
 */
export const CARD_FONT_FILES: CardFontFiles = {
  cjk: {
    regular: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', face: 'NotoSansCJKsc-Regular' },
    bold: { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', face: 'NotoSansCJKsc-Bold' },
  },
  other: {
    regular: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
    bold: { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
  },
};

/** The opened faces, by script family and weight. */
export interface CardFonts {
  files: CardFontFiles;
  faces: { cjk: { regular: Font; bold: Font }; other: { regular: Font; bold: Font } };
}

/** The face a card in `lang` is drawn in. */
export function faceFor(fonts: CardFonts, lang: Lang, weight: 'regular' | 'bold'): Font {
  return fonts.faces[lang === 'zh' ? 'cjk' : 'other'][weight];
}

/**
 * Opens the cards' faces once for the whole build (fontkit reads a table when it is first
 * needed). Missing or unreadable files give the reason, for the build's warning, instead of the fonts.
 */
export function openCardFonts(files: CardFontFiles = CARD_FONT_FILES): CardFonts | { missing: string } {
  const all = [files.cjk.regular, files.cjk.bold, files.other.regular, files.other.bold];
  const absent = all.filter((file) => !existsSync(file.path)).map((file) => file.path);
  if (absent.length > 0) return { missing: `no ${[...new Set(absent)].join(', ')}` };
  try {
    const open = (file: FontFile): Font => {
      const opened = openSync(file.path);
      const face = 'fonts' in opened ? (file.face ? opened.getFont(file.face) : opened.fonts[0]) : opened;
      if (!face) throw new Error(`${file.path} has no face ${file.face}`);
      return face;
    };
    return {
      files,
      faces: {
        cjk: { regular: open(files.cjk.regular), bold: open(files.cjk.bold) },
        other: { regular: open(files.other.regular), bold: open(files.other.bold) },
      },
    };
  } catch (error) {
    return { missing: `unreadable fonts (${error instanceof Error ? error.message : String(error)})` };
  }
}
