// Checking codes without freezing the page: each code is replayed through the story (up to
// about 130 ms with the CPU slowed four times: npm run bench), so a class of 150 is checked a
// code at a time, handing the page back before each code so that it can draw the progress and
// answer the teacher. Each
// result is remembered, so a reload or a new paste checks only the codes not seen before.
import type { CheckedCode, SourcedCode } from '../engine/class/ranking';
import { codeKey } from '../engine/codes/base32';
import type { ResultCheck } from '../engine/codes/resultCode';
import type { ResultVerifier } from '../engine/codes/verifier';

/** Let the page draw and take input: scheduler.yield where there is one, a message otherwise (not clamped like setTimeout). */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export interface Checker {
  /**
   * The codes with their checks, once every one is checked; `onProgress(done, total)` while
   * it works. A newer call supersedes an older one, which then resolves with null.
   */
  check(codes: readonly SourcedCode[], classCode: string | undefined, onProgress: (done: number, total: number) => void): Promise<CheckedCode[] | null>;
}

export function checker(verifier: ResultVerifier): Checker {
  const known = new Map<string, ResultCheck>();
  let generation = 0;
  return {
    async check(codes, classCode, onProgress) {
      const mine = ++generation;
      const keyOf = (c: SourcedCode) => `${classCode ?? ''}|${codeKey(c.code)}`;
      const todo = codes.filter((c) => !known.has(keyOf(c)));
      for (const [i, c] of todo.entries()) {
        // The first yield ends the paste or click that started the check at once.
        onProgress(i, todo.length);
        await yieldToPage();
        if (mine !== generation) return null;
        known.set(keyOf(c), verifier.verify(c.code, classCode));
      }
      if (todo.length > 0) onProgress(todo.length, todo.length);
      return codes.map((c) => ({ ...c, check: known.get(keyOf(c)) as ResultCheck }));
    },
  };
}
