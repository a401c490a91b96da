import fc from 'fast-check';
import { isCjk } from '../../../src/pipeline/text/join-text.ts';
import { hostilePiece } from './pieces.ts';
import type { HostileSource } from './text-source.ts';

/** Characters XML 1.0 cannot hold (a file with one is refused as not well-formed, rightly): C0 controls but tab and line ends. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** A piece an XML file can hold. */
const xmlPiece = hostilePiece.filter((piece) => !NOT_XML.test(piece));
/** The words of a title or paragraph, without empty brackets "( )" (a lost note's marker to this importer, README). */
const piecesOf = (piece: fc.Arbitrary<string>, maxLength: number) => fc.array(piece, { minLength: 1, maxLength }).filter((list) => !/\(\s*\)/.test(list.join(' ')));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A paragraph's words as the Akoma Ntoso importer documents it reads them (README): runs of
 * XML white space are one space, zero-width spaces and direction marks go, no space stays
 * between two CJK characters, the ends are trimmed.
 */
export function aknText(pieces: string[]): string {
  const spaced = pieces.join(' ').replace(/[\u200B\u200E\u200F]/g, '').replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ').trim();
  const chars = [...spaced];
  return chars.filter((c, i) => !(c === ' ' && isCjk(chars[i - 1]) && isCjk(chars[i + 1]))).join('');
}


/**
 * An English resolution in the UN's Akoma Ntoso (AKN4UN) shape: FRBR identification, preface
 * with number and title, formula and preambular containers (some with a footnote), numbered
 * paragraphs (some under a heading, some with a list of sub-paragraphs), conclusions. Every
 * title, heading, paragraph, sub-paragraph and footnote is made of hostile pieces (or of those
 * given), XML-escaped.
 */
export function aknSource(n: number, piece: fc.Arbitrary<string> = xmlPiece): fc.Arbitrary<HostileSource> {
  const words = piecesOf(piece, 30);
  // An operative paragraph: its words, a heading before it or not, its lettered sub-paragraphs (none to three).
  const operative = fc.record({ words, heading: fc.option(words, { nil: null }), items: fc.array(words, { maxLength: 3 }) });
  // A preambular paragraph: its words, and a footnote at its end or not.
  const preambular = fc.record({ words, note: fc.option(words, { nil: null }) });
  return fc
    .record({ title: piecesOf(piece, 8), preamble: fc.array(preambular, { minLength: 1, maxLength: 4 }), body: fc.array(operative, { minLength: 1, maxLength: 6 }) })
    .map(({ title, preamble, body }) => {
      const texts: Record<string, string> = {};
      let notes = 0;
      let headings = 0;
      const containers = preamble.map((p, i) => {
        texts[`preamble-${i + 1}`] = aknText(['Recalling', ...p.words, ',']);
        let note = '';
        if (p.note) {
          notes++;
          texts[`fn-${notes}`] = aknText(['See', ...p.note]);
          note = `<authorialNote marker="${notes}" placement="bottom" eId="authorialNote_${notes}"><p>See ${escapeXml(p.note.join(' '))}</p></authorialNote>`;
        }
        return `<container name="Recalling" eId="container_${i + 1}"><p><span class="italic">Recalling</span> ${escapeXml(p.words.join(' '))} ,${note}</p></container>`;
      });
      const paragraphs = body.flatMap((p, i) => {
        const out: string[] = [];
        if (p.heading) {
          headings++;
          texts[`section-${headings}`] = aknText(['Part', ...p.heading]);
          out.push(`<paragraph eId="heading_${i + 1}" class="H23"><subheading>Part ${escapeXml(p.heading.join(' '))}</subheading></paragraph>`);
        }
        const id = `para-${i + 1}`;
        texts[id] = aknText(['Decides', ...p.words, ':']);
        const intro = `<span class="italic">Decides</span> ${escapeXml(p.words.join(' '))} :`;
        if (p.items.length === 0) {
          texts[id] = aknText(['Decides', ...p.words, ':']);
          out.push(`<paragraph eId="para_${i + 1}"><num>${i + 1}.</num><content><p>${intro}</p></content></paragraph>`);
          return out;
        }
        const points = p.items.map((item, j) => {
          const letter = 'abc'[j] as string;
          texts[`${id}-${letter}`] = aknText(['To', ...item, ';']);
          return `<point eId="para_${i + 1}_list_point_${letter}"><num>(${letter})</num><content><p>To ${escapeXml(item.join(' '))} ;</p></content></point>`;
        });
        out.push(`<paragraph eId="para_${i + 1}"><num>${i + 1}.</num><list eId="para_${i + 1}_list"><intro><p>${intro}</p></intro>${points.join('')}</list></paragraph>`);
        return out;
      });
      const work = `/akn/un/statement/deliberation/unecosoc/2099-07-22/2099-${n}/`;
      const xml = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">',
        '<statement name="resolution"><meta><identification source="#DGACM">',
        `<FRBRWork><FRBRthis value="${work}!main/"/><FRBRuri value="${work}"/><FRBRdate date="2099-07-22" name="adoption"/></FRBRWork>`,
        `<FRBRExpression><FRBRthis value="${work}eng@!main/"/><FRBRlanguage language="eng"/></FRBRExpression>`,
        '</identification></meta>',
        `<preface><p><docNumber>2099/${n}.</docNumber><docTitle>Assessment ${escapeXml(title.join(' '))}</docTitle></p></preface>`,
        `<preamble><formula name="enactingFormula"><p><span class="italic">The Economic and Social Council</span>,</p></formula>`,
        ...containers,
        '</preamble>',
        '<mainBody>',
        ...paragraphs,
        '</mainBody>',
        '<conclusions><p><inline name="adoptionMeeting">54th plenary meeting</inline><eol/><docDate date="2099-07-22">22 July 2099</docDate></p></conclusions>',
        '</statement></akomaNtoso>',
        '',
      ].join('\n');
      return { name: `E-RES-2099-${n}.en.xml`, bytes: new TextEncoder().encode(xml), number: `2099/${n}`, title: aknText(['Assessment', ...title]), texts };
    });
}
