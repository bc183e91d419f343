// Result codes picked out of any text a teacher pastes or loads: one a line, a form's CSV
// export, a chat log ("Anna: R1MDY ACSK6 … thanks!", or "ben: r1mdy acsk6 …" from a phone that
// typed it in small letters). A code may be written in groups separated by spaces or hyphens. A run of characters counts as a code when its check
// symbols agree (a cheap test, no replay); a long run in capitals that looks like a code but
// is not one is handed on too, so that the teacher is told it is damaged instead of never
// seeing it.
import { MAX_RESULT_CHARS, isWholeResultCode } from '../codes/resultCode';
import type { SourcedCode } from './ranking';

/** Shorter than any result code (a one-chapter game by "A" is about 40 characters). */
const MIN_CODE_CHARS = 35;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words of letters and digits; a code's groups are joined by one space or hyphen (or two, or a tab). */
function runs(line: string): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const m of line.matchAll(/[0-9A-Za-z]+/g)) {
    const token = { text: m[0], start: m.index, end: m.index + m[0].length };
    const prev = run[run.length - 1];
    if (prev && !/^[ \t\u00a0-]{1,3}$/.test(line.slice(prev.end, token.start))) {
      out.push(run);
      run = [];
    }
    run.push(token);
  }
  if (run.length > 0) out.push(run);
  return out;
}

const capitals = (t: Token) => !/[a-z]/.test(t.text);
const smalls = (t: Token) => !/[A-Z]/.test(t.text);
const join = (tokens: readonly Token[]) => tokens.map((t) => t.text).join('');
const codeLike = (text: string) => text.length >= MIN_CODE_CHARS && /\d/.test(text);

/**
 * The longest stretch of words from `i`, all in capitals or all in small letters (a code typed
 * in one case; "Ben" starts none), whose check symbols agree: the index of its last word, or -1.
 */
function codeFrom(run: readonly Token[], i: number): number {
  const sameCase = capitals(run[i]) ? capitals : smalls(run[i]) ? smalls : null;
  if (!sameCase) return -1;
  let best = -1;
  let length = 0;
  for (let j = i; j < run.length && sameCase(run[j]); j++) {
    length += run[j].text.length;
    if (length > MAX_RESULT_CHARS) break;
    if (length >= MIN_CODE_CHARS && isWholeResultCode(join(run.slice(i, j + 1)))) best = j;
  }
  return best;
}

/** A code's symbols are about one digit in three; a sentence's characters hardly ever one in five. */
const MIN_DIGIT_SHARE = 0.2;

/**
 * The codes in one run of words: each the longest stretch of words in one case whose check
 * symbols agree. A stretch in one case that looks like a code but fails the check is a suspect,
 * handed on to be reported as damaged: in capitals, or in small letters when it is as full of
 * digits as a code is (a chat line in small letters is long too, and may hold a number).
 */
function codesIn(run: readonly Token[], line: string): { found: string[]; suspect: string[] } {
  const found: string[] = [];
  const suspect: string[] = [];
  let stray: Token[] = [];
  let strayCase: ((t: Token) => boolean) | null = null;
  const flush = () => {
    const text = join(stray);
    const digits = text.replace(/\D/g, '').length;
    if (codeLike(text) && (strayCase === capitals || digits >= MIN_DIGIT_SHARE * text.length)) {
      suspect.push(line.slice(stray[0].start, stray[stray.length - 1].end));
    }
    stray = [];
    strayCase = null;
  };
  let i = 0;
  while (i < run.length) {
    const best = codeFrom(run, i);
    if (best < 0) {
      const t = run[i];
      if (!strayCase?.(t)) {
        flush();
        strayCase = capitals(t) ? capitals : smalls(t) ? smalls : null;
      }
      if (strayCase) stray.push(t);
      i += 1;
      continue;
    }
    flush();
    found.push(line.slice(run[i].start, run[best].end));
    i = best + 1;
  }
  flush();
  return { found, suspect };
}

/**
 * Every result code in `text`, in order, each with where it was found (`${label} ${line}`).
 * A line that is nothing but one code-like run, with no code found in it, is handed on whatever
 * its case (a code mistyped by hand in small letters), so that it is reported, not lost.
 */
export function findCodes(text: string, label = 'line'): SourcedCode[] {
  const out: SourcedCode[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, n) => {
    const from = `${label} ${n + 1}`;
    const all = runs(line);
    const inLine = all.flatMap((run) => {
      const { found, suspect } = codesIn(run, line);
      return [...found, ...suspect];
    });
    const whole = all.length === 1 && line.trim() === line.slice(all[0][0].start, all[0][all[0].length - 1].end);
    if (inLine.length === 0 && whole && !all[0].every(capitals) && codeLike(join(all[0]))) {
      out.push({ code: line.trim(), from });
      return;
    }
    for (const code of inLine) out.push({ code, from });
  });
  return out;
}
