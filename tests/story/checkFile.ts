// Compile an ink file and run the story checker on it, as `npm run story:check` does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkStory } from '../../src/checker/check';
import { historiansPath } from '../../src/checker/readings';
import type { CheckReport } from '../../src/checker/report';
import { compileInkFile } from '../../src/compiler/compileInk';

export function checkFile(file: string, maxStates?: number): CheckReport {
  const compiled = compileInkFile(file);
  const historians = historiansPath(file);
  return checkStory({
    file,
    json: compiled.json,
    errors: compiled.errors,
    warnings: compiled.warnings,
    sources: compiled.files.map((f) => ({ file: path.relative(process.cwd(), f), text: readFileSync(f, 'utf8') })),
    maxStates,
    historians: existsSync(historians) ? { file: historians, text: readFileSync(historians, 'utf8') } : null,
  });
}
