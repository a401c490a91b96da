import { closeSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { CatalogueCardSchema, type CatalogueCard } from '../../src/schemas/catalogue-card.ts';

const CHUNK = 1 << 20;

/**
 * The cards of a catalogue (`.generated/catalogue.json`, a JSON array of objects), one at a time,
 * read 1 MB at a time. Parsed whole, a catalogue of 20,000 pages took 440 MB of the drawing
 * process (a 56 MB file, 276 MB of parsed objects), more than every card's drawing together; read
 * this way the process holds one card's text at a time. Throws on anything that is not an array
 * of valid cards, naming the file.
 */
export function* catalogueCards(path: string): Generator<CatalogueCard> {
  const fd = openSync(path, 'r');
  try {
    const scanner = arrayScanner();
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let index = 0;
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      for (const text of scanner.push(decoder.write(buffer.subarray(0, read)))) yield parseCard(path, text, index++);
    }
    scanner.end(decoder.end());
  } catch (error) {
    throw error instanceof Error && error.message.startsWith(path) ? error : new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    closeSync(fd);
  }
}

function parseCard(path: string, text: string, index: number): CatalogueCard {
  const parsed = CatalogueCardSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path}: card ${index + 1} is not a catalogue card: ${parsed.error.message}`);
  return parsed.data;
}

/**
 * Splits the text of a JSON array, given in pieces, into the text of its elements (each an
 * object): brackets are counted outside strings, so a `}` in a title does not end a card.
 */
function arrayScanner(): { push(text: string): string[]; end(rest: string): void } {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let closed = false;
  let element = '';
  let start = -1;
  const push = (text: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (char === '\\') escaped = true;
        else if (char === '"') inString = false;
        continue;
      }
      if (char === '"') inString = true;
      else if (char === '[' || char === '{') {
        if (depth === 0 && char !== '[') throw new Error('not a JSON array');
        if (closed) throw new Error('text after the array');
        if (depth === 1) start = i;
        depth++;
      } else if (char === ']' || char === '}') {
        depth--;
        if (depth === 1) {
          out.push(element + text.slice(start, i + 1));
          element = '';
          start = -1;
        } else if (depth === 0) closed = true;
        else if (depth < 0) throw new Error('unbalanced brackets');
      } else if (depth === 1 && char !== ',' && !/\s/.test(char)) throw new Error('an element of the array is not an object');
      else if (depth === 0 && !/\s/.test(char)) throw new Error(closed ? 'text after the array' : 'not a JSON array');
    }
    // An element that goes on in the next piece: its text so far.
    if (start >= 0) {
      element += text.slice(start);
      start = 0;
    }
    return out;
  };
  return {
    push,
    end(rest) {
      push(rest);
      if (!closed) throw new Error('the array is not closed (a file cut short?)');
    },
  };
}
