// The story's timeline and exam questions (story/timeline.json, story/exam.json): the events the
// debrief must carry are there, dated as the history gives them; every decision appears once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/engine/chronology';
import { parseExam } from '../../src/engine/exam';

const read = (name: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../story/${name}`, import.meta.url)), 'utf8'));
const timeline = parseTimeline(read('timeline.json'));
const exam = parseExam(read('exam.json'));

describe('story/timeline.json', () => {
  it('is in order, and has the story\'s own events that are not decisions, each with its date', () => {
    expect(timeline.problems).toEqual([]);
    const events = timeline.value ?? [];
    const at = (date: string, re: RegExp) => expect(events.find((e) => e.date === date && re.test(e.event)), `${date} ${re}`).toBeDefined();
    at('21 October 1956', /Gomułka is elected/);
    at('19 December 1956', /retreat at home/);
    at('2 June 1962', /Novocherkassk/);
    at('27 March 1958', /Chairman of the Council of Ministers/);
    at('23 December 1953', /Beria is shot/);
    at('9–10 March 1956', /Tbilisi/);
    expect(events.filter((e) => e.decision).length).toBe(22);
  });
});

describe('story/exam.json', () => {
  it('has 3 to 5 questions in the style of the paper, each with evidence for and against', () => {
    expect(exam.problems).toEqual([]);
    for (const q of exam.value ?? []) {
      expect(q.question).toMatch(/^(How far|To what extent|How significant) /);
      expect(q.for.decisions.length, q.id).toBeGreaterThan(0);
      expect(q.against.decisions.length, q.id).toBeGreaterThan(0);
    }
  });
});
