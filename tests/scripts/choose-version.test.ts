import { describe, expect, it } from 'vitest';
import { chooseVersion, compareVersions, type SourceVersion } from '../../scripts/lib/choose-version.ts';

const version = (source: string, over: Partial<SourceVersion> = {}): SourceVersion => ({ source, kind: 'text', reissue: null, warnings: 0, sha256: source.padEnd(64, '0'), ...over });
const reissue = (date: string | null) => ({ date, note: `Reissued for technical reasons${date ? ` on ${date}` : ''}` });

describe('chooseVersion', () => {
  it('keeps a reissue over the document it corrects, and the later of two reissues', () => {
    const original = version('a.txt', { kind: 'akn' });
    const reissued = version('z.txt', { reissue: reissue('2019-08-14'), warnings: 3 });
    expect(chooseVersion(original, reissued)).toMatchObject({ kept: reissued, refused: original, reason: expect.stringContaining('reissue') });
    const later = version('b.txt', { reissue: reissue('2019-09-01') });
    expect(chooseVersion(reissued, later).kept).toBe(later);
    expect(chooseVersion(version('c.txt', { reissue: reissue(null) }), later).kept).toBe(later);
  });

  it('then prefers the UN\'s XML to text to PDF, then fewer warnings, then the smaller content hash', () => {
    expect(chooseVersion(version('a.pdf', { kind: 'pdf' }), version('b.xml', { kind: 'akn' })).reason).toBe('Akoma Ntoso XML is preferred to PDF');
    expect(chooseVersion(version('a.txt', { kind: 'pdf' }), version('b.txt')).kept.source).toBe('b.txt');
    expect(chooseVersion(version('a.txt', { warnings: 2 }), version('b.txt', { warnings: 1 })).kept.source).toBe('b.txt');
    expect(chooseVersion(version('a.txt', { sha256: 'f'.repeat(64) }), version('b.txt', { sha256: '0'.repeat(64) })).kept.source).toBe('b.txt');
  });

  it('gives the same answer whichever version comes first: a total order over every pair', () => {
    const all = [
      version('1.txt'),
      version('2.txt', { sha256: 'e'.repeat(64) }),
      version('3.xml', { kind: 'akn' }),
      version('4.pdf', { kind: 'pdf', reissue: reissue('2020-01-01') }),
      version('5.txt', { reissue: reissue(null) }),
      version('6.txt', { warnings: 4 }),
      version('7.txt', { sha256: '1.txt'.padEnd(64, '0') }),
    ];
    for (const a of all)
      for (const b of all) {
        expect(chooseVersion(a, b).kept, `${a.source} / ${b.source}`).toBe(chooseVersion(b, a).kept);
        expect(Math.sign(compareVersions(a, b)) + Math.sign(compareVersions(b, a))).toBe(0);
      }
    const best = (list: SourceVersion[]) => list.reduce((kept, next) => chooseVersion(kept, next).kept);
    expect(best(all).source).toBe('4.pdf');
    expect(best([...all].reverse()).source).toBe('4.pdf');
  });
});
