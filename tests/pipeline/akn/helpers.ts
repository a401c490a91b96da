import { DOMParser, type Element } from '@xmldom/xmldom';
import type { NoteSink } from '../../../src/pipeline/akn/inline-text.ts';
import type { Scope } from '../../../src/pipeline/akn/scope.ts';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/** Parses an AKN fragment (one element, in the AKN namespace) and returns that element. */
export function xml(fragment: string): Element {
  const doc = new DOMParser().parseFromString(`<akomaNtoso xmlns="${NS}">${fragment}</akomaNtoso>`, 'text/xml');
  const root = doc.documentElement as Element;
  for (let c = root.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) return c as Element;
  throw new Error('no element in the fragment');
}

/** An empty footnote sink. */
export function newSink(): NoteSink {
  return { notes: [], warnings: [] };
}

/** A scope with a fresh sink. */
export function newScope(prefix = ''): Scope {
  return { prefix, sink: newSink(), drafts: { count: 0 } };
}

/** A minimal AKN4UN resolution, its parts given as XML: what a test does not give is left out or filled in. */
export function aknFile(parts: { frbr?: string; lang?: string; cover?: string; preface?: string; preamble?: string; mainBody?: string; after?: string; conclusions?: string; classification?: string }): Uint8Array {
  const frbr = parts.frbr ?? '/akn/un/statement/deliberation/unecosoc/2023-06-07/2023-3/';
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${NS}">
  <statement name="resolution">
    <meta>
      <identification source="#DGACM">
        <FRBRWork><FRBRthis value="${frbr}!main/"/><FRBRdate date="2023-06-07" name="adoption"/></FRBRWork>
        <FRBRExpression><FRBRlanguage language="${parts.lang ?? 'eng'}"/></FRBRExpression>
      </identification>
      ${parts.classification ?? ''}
    </meta>
    <coverPage>${parts.cover ?? ''}</coverPage>
    <preface>${parts.preface ?? '<p><docNumber>2023/3.</docNumber><docTitle>A title</docTitle></p>'}</preface>
    <preamble>${parts.preamble ?? '<formula name="enactingFormula"><p>The Economic and Social Council,</p></formula>'}</preamble>
    <mainBody>${parts.mainBody ?? ''}</mainBody>
    ${parts.after ?? ''}
    <conclusions>${parts.conclusions ?? '<p><inline name="adoptionMeeting" title="25th">25th plenary meeting</inline><eol/><docDate date="2023-06-07">7 June 2023</docDate></p>'}</conclusions>
  </statement>
</akomaNtoso>`;
  return new TextEncoder().encode(text);
}
