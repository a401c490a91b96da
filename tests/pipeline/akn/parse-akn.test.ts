import { describe, expect, it } from 'vitest';
import { parseAkn } from '../../../src/pipeline/akn/parse-akn.ts';
import { SourceError } from '../../../src/pipeline/source-error.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const refusal = (text: string): SourceError => {
  try {
    parseAkn(bytes(text), 'x.xml');
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('parseAkn', () => {
  it('returns the statement of a well-formed Akoma Ntoso file, a BOM or not', () => {
    const statement = parseAkn(bytes('\uFEFF<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution"/></akomaNtoso>'), 'x.xml');
    expect(statement.localName).toBe('statement');
  });

  // Found by tests/pipeline/hostile/akn-to-mdx.property.test.ts (issue 8): xmldom's warning refused the whole file.
  it('keeps a replacement character (U+FFFD) as text, as the text importer does, rather than refusing the file', () => {
    const statement = parseAkn(bytes('<akomaNtoso><statement name="resolution"><p>caf\uFFFD</p></statement></akomaNtoso>'), 'x.xml');
    expect(statement.textContent).toBe('caf\uFFFD');
  });

  it('refuses a file that is not well-formed, naming the line of the bad end tag (not the line above it)', () => {
    const error = refusal('<akomaNtoso>\n<statement>\n  <mainBody>\n    <p/>\n    </embeddedStructure>\n  </mainBody>\n</statement>\n</akomaNtoso>');
    expect(error.line).toBe(5);
    expect(error.message).toBe('x.xml:5: not well-formed XML: Opening and ending tag mismatch: "mainBody" != "embeddedStructure"');
  });

  it('refuses an unknown entity and an unclosed document, with their lines', () => {
    expect(refusal('<akomaNtoso>\n<statement>&nbsp;</statement></akomaNtoso>').message).toMatch(/^x\.xml:2: not well-formed XML: entity not found/);
    expect(refusal('<akomaNtoso>\n<statement>\n').message).toMatch(/^x\.xml:\d+: not well-formed XML: unclosed xml tag/);
  });

  it('refuses XML that is not Akoma Ntoso, or holds no statement', () => {
    expect(refusal('<html><body/></html>').message).toBe('x.xml: not an Akoma Ntoso document (its root is <html>)');
    expect(refusal('<akomaNtoso>\n<act/></akomaNtoso>').message).toBe('x.xml:2: an Akoma Ntoso <act>, not a resolution (a <statement>)');
    expect(refusal('<akomaNtoso/>').message).toMatch(/no <statement>/);
  });

  it('refuses a DOCTYPE that declares entities (billion laughs, external entities) before parsing, with its line', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE a [\n<!ENTITY l "lol">\n<!ENTITY l2 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;">\n]>\n<akomaNtoso><statement>&l2;</statement></akomaNtoso>';
    expect(refusal(laughs).message).toBe('x.xml:3: the XML declares entities of its own (<!ENTITY>) in a DOCTYPE; they are not expanded and the file is refused');
    expect(refusal('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><akomaNtoso>&x;</akomaNtoso>').message).toMatch(/^x\.xml:1: the XML declares entities/);
  });
});
