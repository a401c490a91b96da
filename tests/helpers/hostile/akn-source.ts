import fc from 'fast-check';
import { isCjk } from '../../../src/pipeline/text/join-text.ts';
import { hostilePiece } from './pieces.ts';
import type { HostileSource } from './text-source.ts';

/** Characters XML 1.0 cannot hold (a file with one is refused as not well-formed, rightly): C0 controls but tab and line ends. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

/** A piece an XML file can hold, without "()" (empty brackets are a lost note's marker to this importer, README). */
const xmlPiece = hostilePiece.filter((piece) => !NOT_XML.test(piece) && !/\(\s*\)/.test(piece));

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A paragraph's words as the Akoma Ntoso importer documents it reads them (README): runs of
 * XML white space are one space, zero-width spaces and direction marks go, no space stays
 * between two CJK characters, the ends are trimmed.
 */
export function aknText(words: string[]): string {
  const spaced = words.join(' ').replace(/[\u200B\u200E\u200F]/g, '').replace(/[ \t\r\n\f\v\u2028\u2029]+/g, ' ').trim();
  const chars = [...spaced];
  return chars.filter((c, i) => !(c === ' ' && isCjk(chars[i - 1]) && isCjk(chars[i + 1]))).join('');
}

/**
 * An English resolution in the UN's Akoma Ntoso (AKN4UN) shape: FRBR identification, preface
 * with number and title, formula and preambular containers, numbered paragraphs, conclusions.
 * Every title and paragraph is made of hostile pieces, XML-escaped.
 */
export function aknSource(n: number): fc.Arbitrary<HostileSource> {
  const words = fc.array(xmlPiece, { minLength: 1, maxLength: 30 });
  return fc
    .record({ title: fc.array(xmlPiece, { minLength: 1, maxLength: 8 }), preamble: fc.array(words, { minLength: 1, maxLength: 4 }), body: fc.array(words, { minLength: 1, maxLength: 6 }) })
    .map(({ title, preamble, body }) => {
      const texts: Record<string, string> = {};
      const containers = preamble.map((w, i) => {
        texts[`preamble-${i + 1}`] = aknText(['Recalling', ...w, ',']);
        return `<container name="Recalling" eId="container_${i + 1}"><p><span class="italic">Recalling</span> ${escapeXml(w.join(' '))} ,</p></container>`;
      });
      const paragraphs = body.map((w, i) => {
        texts[`para-${i + 1}`] = aknText(['Decides', ...w, ';']);
        return `<paragraph eId="para_${i + 1}"><num>${i + 1}.</num><content><p><span class="italic">Decides</span> ${escapeXml(w.join(' '))} ;</p></content></paragraph>`;
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
