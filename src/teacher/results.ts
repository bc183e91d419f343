// A class's result codes, read and ranked: the same for the teacher page and `npm run score`.
// Pure: no DOM, no Node.
import { codeKey } from '../engine/codes/base32';
import type { ResultCheck, VerifiedResult } from '../engine/codes/resultCode';

export interface SourcedCode {
  code: string;
  /** Where the code came from, for the teacher ("line 3", "scanned"). */
  from: string;
}

export interface Standing {
  /** 1 for the best; students with the same score and time share a rank. */
  rank: number;
  result: VerifiedResult;
}

export interface Rejection extends SourcedCode {
  reason: string;
}

export interface Collected {
  standings: Standing[];
  rejected: Rejection[];
  /** Codes seen more than once: each counts once. */
  duplicates: number;
}

/**
 * The codes in a text: one per line, blank lines ignored. Spaces inside a line are kept,
 * since a student may copy a code in groups ("TNWJ5 8Z09V …").
 */
export function readCodeLines(text: string, label = 'line'): SourcedCode[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ code: line.trim(), from: `${label} ${i + 1}` }))
    .filter((c) => c.code !== '');
}

/** Best score first; for equal scores, the faster student first. */
function better(a: VerifiedResult, b: VerifiedResult): number {
  return b.score.final - a.score.final || a.seconds - b.seconds;
}

export function rankResults(results: readonly VerifiedResult[]): Standing[] {
  const sorted = [...results].sort((a, b) => better(a, b) || a.name.localeCompare(b.name));
  const out: Standing[] = [];
  sorted.forEach((result, i) => {
    const prev = out[i - 1];
    const rank = prev && better(prev.result, result) === 0 ? prev.rank : i + 1;
    out.push({ rank, result });
  });
  return out;
}

/** Verify every code once (however it was typed), rank the good ones, and say why the others were refused. */
export function collectResults(codes: readonly SourcedCode[], verify: (code: string) => ResultCheck): Collected {
  const seen = new Set<string>();
  const accepted: VerifiedResult[] = [];
  const rejected: Rejection[] = [];
  let duplicates = 0;
  for (const c of codes) {
    const key = codeKey(c.code);
    if (seen.has(key)) {
      duplicates += 1;
      continue;
    }
    seen.add(key);
    const check = verify(c.code);
    if (check.ok) accepted.push(check.result);
    else rejected.push({ ...c, reason: check.reason });
  }
  return { standings: rankResults(accepted), rejected, duplicates };
}

/** "12 min 05 s": how a teacher reads a time. */
export function formatSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}
