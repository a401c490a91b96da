import { describe, expect, it } from 'vitest';
import { copyText, paragraphUrl } from '../../src/scripts/cite.ts';

describe('paragraphUrl', () => {
  it('is the page’s origin, base and path, and the paragraph’s #id, whatever the address bar holds after the path', () => {
    const location = { origin: 'https://example.org', pathname: '/archive/zh/E/RES/2015/26/' };
    expect(paragraphUrl('#para-32', location)).toBe('https://example.org/archive/zh/E/RES/2015/26/#para-32');
    expect(paragraphUrl('#annex-1-para-3-b', location)).toBe('https://example.org/archive/zh/E/RES/2015/26/#annex-1-para-3-b');
  });
});

/** A document just big enough for copyText: a clipboard that works or refuses, and execCommand. */
function fakeDocument(clipboard: boolean, execCommand: boolean) {
  const copied: string[] = [];
  const focused = { focus: () => copied.push('(focus back)') };
  const doc = {
    defaultView: {
      navigator: {
        clipboard: {
          writeText: async (text: string) => {
            if (!clipboard) throw new DOMException('refused', 'NotAllowedError');
            copied.push(text);
          },
        },
      },
    },
    activeElement: focused,
    body: { append: () => undefined },
    createElement: () => {
      const area = { value: '', style: {}, setAttribute: () => undefined, select: () => undefined, remove: () => undefined };
      (doc as { area?: typeof area }).area = area;
      return area;
    },
    execCommand: () => {
      if (execCommand) copied.push((doc as unknown as { area: { value: string } }).area.value);
      return execCommand;
    },
  };
  return { doc: doc as unknown as Document, copied };
}

describe('copyText', () => {
  it('uses the Clipboard API where it may', async () => {
    const { doc, copied } = fakeDocument(true, false);
    expect(await copyText('link', doc)).toBe(true);
    expect(copied).toEqual(['link']);
  });

  it('falls back to a selected textarea, and gives focus back', async () => {
    const { doc, copied } = fakeDocument(false, true);
    expect(await copyText('link', doc)).toBe(true);
    expect(copied).toEqual(['link', '(focus back)']);
  });

  it('says so when neither works', async () => {
    const { doc } = fakeDocument(false, false);
    expect(await copyText('link', doc)).toBe(false);
  });
});
