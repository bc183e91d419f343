// The debrief's study data beside the main ink file (story/README.md): exam.json (exam practice)
// and timeline.json (what really happened, in order). Both name decisions by id: every id must
// be a decision the story has, and every decision the walk reached needs one timeline entry.
import { parseTimeline } from '../engine/chronology';
import { parseExam } from '../engine/exam';
import type { Parsed } from '../engine/tags';
import { lineOf } from './glossary';
import type { Finding } from './report';
import type { SourceFile } from './sources';
import type { WalkResult } from './walk';

export const EXAM_FILE = 'exam.json';
export const TIMELINE_FILE = 'timeline.json';

export interface StudyDataInput {
  walk: WalkResult;
  exam: SourceFile | null;
  timeline: SourceFile | null;
}

function read<T>(file: SourceFile, what: string, parse: (d: unknown) => Parsed<T | null>, errors: Finding[]): T | null {
  const at = { file: file.file, line: 0 };
  let data: unknown;
  try {
    data = JSON.parse(file.text);
  } catch (e) {
    errors.push({ ...at, message: `the ${what} file is not valid JSON: ${(e as Error).message}` });
    return null;
  }
  const parsed = parse(data);
  for (const p of parsed.problems) errors.push({ ...at, message: `${what} file: ${p}` });
  return parsed.value;
}

export function checkStudyData(input: StudyDataInput): { errors: Finding[]; warnings: Finding[] } {
  const { walk } = input;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const known = (id: string) => walk.decisions.has(id);
  if (input.exam) {
    const file = input.exam;
    for (const q of read(file, 'exam', parseExam, errors) ?? []) {
      for (const id of [...q.for.decisions, ...q.against.decisions]) {
        if (!known(id)) errors.push({ ...lineOf(file, id), message: `exam question "${q.id}" names decision "${id}", which the story never reaches` });
      }
    }
  }
  if (input.timeline) {
    const file = input.timeline;
    const events = read(file, 'timeline', parseTimeline, errors) ?? [];
    const counted = new Map<string, number>();
    for (const e of events) {
      if (e.decision === null) continue;
      counted.set(e.decision, (counted.get(e.decision) ?? 0) + 1);
      if (!known(e.decision)) errors.push({ ...lineOf(file, e.decision), message: `timeline entry of ${e.date} names decision "${e.decision}", which the story never reaches` });
    }
    for (const id of walk.decisions.keys()) {
      const n = counted.get(id) ?? 0;
      if (n !== 1) errors.push({ file: file.file, line: 0, message: `decision "${id}" should have one dated entry in ${file.file}, not ${n}` });
    }
  } else if (walk.decisions.size > 0 && input.exam) {
    warnings.push({ file: input.exam.file, line: 0, message: `there is no ${TIMELINE_FILE} beside the main ink file: the debrief has no timeline` });
  }
  return { errors, warnings };
}
