// Story dates are written for people ("5 March 1953", "March 1953", "1953"); the engine needs
// them as numbers to place a moment on the story's span.

const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

export interface StoryDate {
  year: number;
  /** 1–12, or null when only the year is given. */
  month: number | null;
  day: number | null;
}

/** Parse the last date in a text such as "9–10 March 1956" or "Summer 1963"; null if there is none. */
export function parseDate(text: string): StoryDate | null {
  const m = /(?:(\d{1,2})\s+)?(?:([A-Za-z]+)\s+)?(\d{4})\s*$/.exec(text.trim());
  if (!m) return null;
  const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
  return {
    year: Number(m[3]),
    month: month > 0 ? month : null,
    day: month > 0 && m[1] ? Number(m[1]) : null,
  };
}

/** Days since 1 January 1970 (UTC), taking the first day of a month or year left open. */
export function dayNumber(d: StoryDate): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1) / 86_400_000;
}
