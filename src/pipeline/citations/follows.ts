/** A test that a sticky regex matches at `end`: the organ printed after a citation. */
export function follows(sticky: RegExp): (text: string, start: number, end: number) => boolean {
  return (text, _start, end) => {
    sticky.lastIndex = end;
    return sticky.test(text);
  };
}
