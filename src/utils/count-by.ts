/** How many items fall under each key; an item counts once under each distinct key it gives. */
export function countBy<T>(items: readonly T[], keysOf: (item: T) => readonly (string | number | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(keysOf(item))) {
      if (key === null) continue;
      counts.set(String(key), (counts.get(String(key)) ?? 0) + 1);
    }
  }
  return counts;
}
