// The class as CSV, for a spreadsheet: `npm run score` prints it, the teacher page downloads
// it. One row per game: the ranked game with its rank, repeats after it with none. It is the
// teacher's file, so it carries what the projected leaderboard never shows: extra time and
// time-outs. Names are students' own text, so they are quoted where needed and kept from being
// read as formulas.
import type { Entry, Game } from './ranking';

export const CSV_HEADER = [
  'rank', 'name', 'score', 'seconds', 'class', 'started (UTC)', 'attempt', 'game', 'extra time %', 'time-outs', 'flags',
] as const;

/**
 * One CSV field. A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return) as a formula; a leading ' makes it plain text and shows nothing of itself.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(rank: string, game: Game, which: string, flags: string): string {
  const { result, facts } = game;
  return [
    rank,
    csvField(result.name),
    String(result.score.final),
    String(result.seconds),
    result.classCode,
    new Date(facts.startedAt).toISOString().slice(0, 16).replace('T', ' '),
    String(facts.attempt),
    which,
    String(facts.extraTime),
    String(facts.timedOut),
    csvField(flags),
  ].join(',');
}

const said = (flags: readonly { reason: string }[]) => flags.map((f) => f.reason).join(' ');

export function classCsv(entries: readonly Entry[]): string {
  const rows = entries.flatMap((e) => [
    row(String(e.rank), e.game, 'ranked', said(e.flags)),
    ...e.repeats.map((g) => row('', g, 'repeat', said(g.flags))),
  ]);
  return `${[CSV_HEADER.join(','), ...rows].join('\n')}\n`;
}
