/** The year of adoption of a resolution, from its ISO date: "2015-07-22" → "2015"; undated → null. */
export function adoptionYear(adopted: string | null | undefined): string | null {
  const year = /^(\d{4})-/.exec(adopted ?? '')?.[1];
  return year ?? null;
}

/** The distinct years of adoption among some dates, newest first. */
export function adoptionYears(dates: (string | null | undefined)[]): string[] {
  const years = new Set<string>();
  for (const date of dates) {
    const year = adoptionYear(date);
    if (year) years.add(year);
  }
  return [...years].sort((a, b) => b.localeCompare(a));
}
