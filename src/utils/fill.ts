/** Fills `{name}` placeholders of an interface string: shared by the pages and the search script. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
