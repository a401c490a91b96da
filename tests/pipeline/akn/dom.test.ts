import { describe, expect, it } from 'vitest';
import { attr, childElement, childElements, descendant, descendants, isElement, lineOf } from '../../../src/pipeline/akn/dom.ts';
import { xml } from './helpers.ts';

describe('dom helpers', () => {
  const el = xml('<p a=" x " b=" ">one<span>two<i>three</i></span><span>four</span><b/></p>');

  it('finds element children by local name, and descendants in document order', () => {
    expect(childElements(el).map((c) => c.localName)).toEqual(['span', 'span', 'b']);
    expect(childElements(el, 'b', 'i').map((c) => c.localName)).toEqual(['b']);
    expect(childElement(el, 'span')?.textContent).toBe('twothree');
    expect(childElement(el, 'i')).toBeNull();
    expect(descendants(el, 'i').map((c) => c.textContent)).toEqual(['three']);
    expect(descendant(el, 'span')?.textContent).toBe('twothree');
  });

  it('reads attributes trimmed, blank as null, and tells elements from text', () => {
    expect(attr(el, 'a')).toBe('x');
    expect(attr(el, 'b')).toBeNull();
    expect(attr(null, 'a')).toBeNull();
    expect(isElement(el, 'p')).toBe(true);
    expect(isElement(el.firstChild)).toBe(false);
    expect(lineOf(el)).toBe(1);
  });
});
