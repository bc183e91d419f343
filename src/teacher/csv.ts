// The leaderboard as CSV, for a spreadsheet: `npm run score` prints it, the teacher page
// downloads it. Names are students' own text, so they are quoted where needed and kept from
// being read as formulas.
import type { Standing } from './results';

export const CSV_HEADER = ['rank', 'name', 'score', 'seconds', 'class'] as const;

/**
 * One CSV field. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula; a leading ' makes it plain text and shows nothing of itself.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function leaderboardCsv(standings: readonly Standing[]): string {
  const rows = standings.map(({ rank, result }) =>
    [String(rank), csvField(result.name), String(result.score.final), String(result.seconds), result.classCode].join(','));
  return `${[CSV_HEADER.join(','), ...rows].join('\n')}\n`;
}
