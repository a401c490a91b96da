import { DOMParser, ParseError, type Element } from '@xmldom/xmldom';
import { SourceError } from '../source-error.ts';
import { decodeText } from '../text/decode.ts';
import { childElement, childElements, isElement, lineOf } from './dom.ts';

/** An entity declaration, inside a DOCTYPE's internal subset. */
const ENTITY_DECLARATION = /<!ENTITY\s/;

interface Locator {
  lineNumber?: number;
  columnNumber?: number;
}

/**
 * Parses the bytes of an Akoma Ntoso file and returns its `statement` element (the
 * resolution). A file that is not well-formed XML is refused with the line of the fault;
 * the parser's warnings and recoverable errors are refused too, since the UN's files have
 * none and a lenient parse would silently drop text.
 */
export function parseAkn(bytes: Uint8Array, file: string): Element {
  const xml = decodeText(bytes, file);
  // Entities a file declares for itself can expand a few bytes into gigabytes ("billion laughs") or
  // name other files (XXE); the UN's files declare none, so such a file is refused before parsing.
  const entity = ENTITY_DECLARATION.exec(xml);
  if (entity) throw new SourceError(file, lineAt(xml, entity.index), 'the XML declares entities of its own (<!ENTITY>) in a DOCTYPE; they are not expanded and the file is refused');
  let locator: Locator | undefined;
  const parser = new DOMParser({
    onError: (level, message, context) => {
      // U+FFFD is a character like any other: kept as the text importer keeps it, not a reason to refuse the file.
      if (level === 'warning' && message.startsWith('Unicode replacement character detected')) return;
      locator = { ...(context as { locator?: Locator } | undefined)?.locator };
      throw new Error(`${level}: ${message}`);
    },
  });
  let root: Element | null;
  try {
    root = parser.parseFromString(xml, 'text/xml').documentElement;
  } catch (error) {
    const at = error instanceof ParseError && error.locator ? (error.locator as Locator) : locator;
    throw new SourceError(file, faultLine(xml, at), `not well-formed XML: ${reasonOf(error)}`);
  }
  if (!isElement(root, 'akomaNtoso')) throw new SourceError(file, null, `not an Akoma Ntoso document (its root is <${(root as Element | null)?.localName ?? '?'}>)`);
  const statement = childElement(root, 'statement');
  const documentType = childElements(root)[0]?.localName;
  if (!statement && documentType) throw new SourceError(file, lineOf(childElements(root)[0] as Element), `an Akoma Ntoso <${documentType}>, not a resolution (a <statement>)`);
  if (!statement) throw new SourceError(file, null, 'no <statement> in the Akoma Ntoso document: is this a resolution?');
  return statement;
}

/**
 * The line of the fault. xmldom's locator stands at the start of the last text or tag it
 * read, so for a bad end tag it points at the white space before it, often the line above:
 * the white space is skipped to land on the tag itself.
 */
function faultLine(xml: string, at: Locator | undefined): number | null {
  if (!at?.lineNumber) return null;
  const lines = xml.split(/\r\n?|\n/);
  let line = at.lineNumber;
  let column = (at.columnNumber ?? 1) - 1;
  while (line <= lines.length) {
    const rest = (lines[line - 1] ?? '').slice(column);
    const skipped = rest.length - rest.trimStart().length;
    if (skipped < rest.length) return rest[skipped] === '<' ? line : at.lineNumber;
    line++;
    column = 0;
  }
  return at.lineNumber;
}

/** The parser's own words, without xmldom's "Reporting fatalError ... caused Error:" wrapping. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const quoted = /"(.*)" caused/s.exec(message);
  return (quoted?.[1] ?? message).replace(/\s+/g, ' ').trim();
}

/** The 1-based line of an offset in the text. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n?|\n/).length;
}
