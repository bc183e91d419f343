// The timeline of what really happened (story/timeline.json beside main.ink): every dated card
// (one entry per decision) and the story's own events that are not decisions, in order. Pure.
import { dayNumber, parseDate } from './dates';
import type { Parsed } from './tags';

export interface TimelineEvent {
  /** As people write it: "26 June 1953", "November 1962", "1963". */
  date: string;
  event: string;
  /** The decision whose card tells this event, or null for an event the story tells outside decisions. */
  decision: string | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Check a timeline file's contents (parsed from JSON): dated entries, in order. */
export function parseTimeline(data: unknown): Parsed<TimelineEvent[] | null> {
  if (!isObj(data) || !Array.isArray(data.events)) {
    return { value: null, problems: ['the timeline file should hold one JSON object with a list of "events"'] };
  }
  const problems: string[] = [];
  const events: TimelineEvent[] = [];
  let last: { day: number; date: string } | null = null;
  data.events.forEach((e: unknown, i: number) => {
    const at = `events[${i}]`;
    const decision = isObj(e) ? e.decision : undefined;
    if (!isObj(e) || !text(e.date) || !text(e.event) || (decision !== undefined && decision !== null && !text(decision))) {
      problems.push(`${at} needs a "date" and an "event" (and "decision", if any, as an id)`);
      return;
    }
    const d = parseDate(e.date);
    if (!d) {
      problems.push(`${at}: "${e.date}" is not a date such as "26 June 1953"`);
      return;
    }
    if (last && dayNumber(d) < last.day) problems.push(`${at}: ${e.date} comes before ${last.date}, the entry above it`);
    last = { day: dayNumber(d), date: e.date };
    events.push({ date: e.date, event: e.event, decision: text(decision) ? decision : null });
  });
  return { value: events, problems };
}
