// Compiles ink with inkle's compiler (inkjs/full). Build-time and Node only:
// the game bundle ships the runtime alone and never imports this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SimpleJson } from 'inkjs/engine/SimpleJson';
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkProblem {
  file: string;
  line: number;
  message: string;
}

export interface CompileResult {
  /** The compiled story as ink JSON, or null when compilation failed. */
  json: string | null;
  errors: InkProblem[];
  warnings: InkProblem[];
  /** Every ink file read: the main file and everything it INCLUDEs. */
  files: string[];
}

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?(?:line (\d+):\s*)?([\s\S]*)$/;

function parseMessage(raw: string, fallbackFile: string): { level: string; problem: InkProblem } {
  const m = MESSAGE.exec(raw.trim());
  if (!m) return { level: 'ERROR', problem: { file: fallbackFile, line: 0, message: raw.trim() } };
  return {
    level: m[1],
    problem: { file: m[2] || fallbackFile, line: m[3] ? Number(m[3]) : 0, message: m[4].trim() },
  };
}

/** Stands in for a whole float while the JSON is built; no ink string can look like it (story text starts with "^"). */
const WHOLE_FLOAT = '@@thaw-whole-float@@';

/**
 * inkjs's JSON writer writes a whole float such as `2.0` as `2`, which every runtime then reads
 * as an integer: `{ 5 / 2.0 }` printed 2 where ink (and inkle's compiler) give 2.5. This writer
 * keeps the ".0", as inkle's compiler does, and inkjs's reader reads it back as a float.
 */
class InkJsonWriter extends SimpleJson.Writer {
  override WriteFloat(value: number | null): void {
    if (value === null || !Number.isInteger(value) || Math.abs(value) >= 1e15) {
      super.WriteFloat(value);
      return;
    }
    this.WriteStringStart();
    this.WriteStringInner(`${WHOLE_FLOAT}${value}`);
    this.WriteStringEnd();
  }

  override toString(): string {
    return super.toString().replace(new RegExp(`"${WHOLE_FLOAT}(-?\\d+)"`, 'g'), '$1.0');
  }
}

/**
 * Compile the ink file at `mainPath`. INCLUDEd files are resolved relative to it.
 * File names in problems are relative to the current directory, as an author would type them.
 */
export function compileInkFile(mainPath: string, source?: string): CompileResult {
  const root = path.dirname(path.resolve(mainPath));
  const rel = (p: string) => path.relative(process.cwd(), path.resolve(root, p)) || p;
  const files: string[] = [path.resolve(mainPath)];
  const errors: InkProblem[] = [];
  const warnings: InkProblem[] = [];

  const fileHandler = {
    ResolveInkFilename: (name: string) => path.resolve(root, name),
    LoadInkFileContents: (full: string) => {
      files.push(full);
      return readFileSync(full, 'utf8');
    },
  };
  const onMessage = (raw: string) => {
    const { level, problem } = parseMessage(raw, path.basename(mainPath));
    problem.file = rel(problem.file);
    if (level === 'ERROR' || level === 'RUNTIME ERROR') errors.push(problem);
    else warnings.push(problem);
  };

  const text = source ?? readFileSync(mainPath, 'utf8');
  const compiler = new Compiler(
    text,
    new CompilerOptions(path.basename(mainPath), [], false, onMessage, fileHandler),
  );
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    if (story && errors.length === 0) {
      const writer = new InkJsonWriter();
      story.ToJson(writer);
      json = writer.toString();
    }
  } catch (e) {
    // The compiler throws "Compilation failed." after reporting its errors; anything else is ours.
    if (errors.length === 0) errors.push({ file: rel(mainPath), line: 0, message: String((e as Error).message ?? e) });
  }
  return { json, errors, warnings, files: [...new Set(files)] };
}

export function formatProblem(p: InkProblem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`;
}
