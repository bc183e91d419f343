// The story checker on an ink file on disk, as `npm run story:check` runs it: compile it with
// its INCLUDEs, and check it with the historians file beside it, if there is one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compileInkFile } from '../compiler/compileInk';
import { type CheckInput, checkStory } from './check';
import { GLOSSARY_FILE } from './glossary';
import { HISTORIANS_FILE } from './readings';
import { besideMain } from './sources';
import { EXAM_FILE, TIMELINE_FILE } from './studyData';
import type { CheckReport } from './report';

export type CheckLimits = Pick<CheckInput, 'maxStates' | 'maxSeconds' | 'now' | 'maxDepth'>;

export function checkFile(file: string, limits: CheckLimits = {}): CheckReport {
  const compiled = compileInkFile(file);
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const read = (p: string) => ({ file: rel(p), text: readFileSync(p, 'utf8') });
  const beside = (name: string) => {
    const p = besideMain(file, name);
    return existsSync(p) ? read(p) : null;
  };
  return checkStory({
    file,
    json: compiled.json,
    errors: compiled.errors,
    warnings: compiled.warnings,
    sources: compiled.files.map(read),
    historians: beside(HISTORIANS_FILE),
    glossary: beside(GLOSSARY_FILE),
    exam: beside(EXAM_FILE),
    timeline: beside(TIMELINE_FILE),
    ...limits,
  });
}
