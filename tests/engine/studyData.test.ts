// The debrief's study data in Node: exam questions and the timeline, parsed once into typed values.
import { describe, expect, it } from 'vitest';
import { parseTimeline } from '../../src/engine/chronology';
import { parseExam } from '../../src/engine/exam';

const side = { case: 'A case.', decisions: ['first'] };
const q = (id: string, question: string) => ({ id, question, for: side, against: side });

describe('exam questions', () => {
  it('reads 3 to 5 questions in the style of the paper', () => {
    const r = parseExam({ questions: [q('a', 'How far did it break?'), q('b', 'To what extent was it the Party?'), q('c', 'How significant was the speech?')] });
    expect(r.problems).toEqual([]);
    expect(r.value?.map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });

  it('refuses a question in another style, one without evidence, and too few questions', () => {
    const r = parseExam({ questions: [q('a', 'Why did Beria fall?'), { ...q('b', 'How far?'), against: { case: 'C', decisions: [] } }, q('c', 'How far?')] });
    expect(r.problems).toEqual([
      'questions[0] should begin as the exam\'s questions do: "How far…", "To what extent…", "How significant…"',
      'questions[1] needs an "id", a "question", and "for" and "against" each with a "case" and a list of "decisions"',
      'the exam file should have 3 to 5 questions, not 1',
    ]);
  });
});

describe('the timeline', () => {
  it('reads dated events in order, with the decision whose card tells each', () => {
    const r = parseTimeline({ events: [
      { date: '5 March 1953', event: 'Stalin dies.', decision: 'stalin_succession' },
      { date: '17 June 1953', event: 'East Germany.' },
      { date: '23 February–2 March 1954', event: 'Virgin Lands.', decision: 'virgin_lands' },
    ] });
    expect(r.problems).toEqual([]);
    expect(r.value?.map((e) => [e.date, e.decision])).toEqual([['5 March 1953', 'stalin_succession'], ['17 June 1953', null], ['23 February–2 March 1954', 'virgin_lands']]);
  });

  it('names an event out of order, or without a date', () => {
    const r = parseTimeline({ events: [{ date: '1955', event: 'B' }, { date: '1954', event: 'A' }, { date: 'soon', event: 'C' }] });
    expect(r.problems).toEqual(['events[1]: 1954 comes before 1955, the entry above it', 'events[2]: "soon" is not a date such as "26 June 1953"']);
  });
});
