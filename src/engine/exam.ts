// Exam practice for the debrief (story/exam.json beside main.ink): questions in the style of the
// A-level paper, each with the decisions whose cards bear on it, for and against. Pure.
import type { Parsed } from './tags';

export interface ExamSide {
  /** The case on this side in a sentence or two. */
  case: string;
  /** Decision ids whose cards are evidence on this side, in the story's order. */
  decisions: string[];
}

export interface ExamQuestion {
  id: string;
  /** "How far…", "To what extent…", "How significant…". */
  question: string;
  for: ExamSide;
  against: ExamSide;
}

/** The openings of the A-level paper's questions. */
export const EXAM_STEMS = ['How far', 'To what extent', 'How significant'] as const;
export const MIN_QUESTIONS = 3;
export const MAX_QUESTIONS = 5;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function side(v: unknown): ExamSide | null {
  if (!isObj(v) || !text(v.case) || !Array.isArray(v.decisions) || v.decisions.length === 0 || !v.decisions.every(text)) return null;
  return { case: v.case, decisions: v.decisions as string[] };
}

/** Check an exam file's contents (parsed from JSON); a faulty question is left out and named. */
export function parseExam(data: unknown): Parsed<ExamQuestion[] | null> {
  if (!isObj(data) || !Array.isArray(data.questions)) {
    return { value: null, problems: ['the exam file should hold one JSON object with a list of "questions"'] };
  }
  const problems: string[] = [];
  const questions: ExamQuestion[] = [];
  data.questions.forEach((q: unknown, i: number) => {
    const at = `questions[${i}]`;
    const pro = isObj(q) ? side(q.for) : null;
    const con = isObj(q) ? side(q.against) : null;
    const id = isObj(q) ? q.id : null;
    const question = isObj(q) ? q.question : null;
    if (!text(id) || !text(question) || !pro || !con) {
      problems.push(`${at} needs an "id", a "question", and "for" and "against" each with a "case" and a list of "decisions"`);
      return;
    }
    if (!EXAM_STEMS.some((s) => question.startsWith(s))) {
      problems.push(`${at} should begin as the exam's questions do: ${EXAM_STEMS.map((s) => `"${s}…"`).join(', ')}`);
      return;
    }
    questions.push({ id, question, for: pro, against: con });
  });
  if (questions.length < MIN_QUESTIONS || questions.length > MAX_QUESTIONS) {
    problems.push(`the exam file should have ${MIN_QUESTIONS} to ${MAX_QUESTIONS} questions, not ${questions.length}`);
  }
  return { value: questions, problems };
}
