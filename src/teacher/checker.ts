// Checking codes without freezing the page: each code is replayed through the story (up to
// about 130 ms with the CPU slowed four times: npm run bench), so a class of 150 would hold the
// page for seconds. A worker replays them off the page's thread. Where there is no worker (the
// one-file edition, opened from disk, cannot start one) the page checks a code at a time
// itself, handing the page back before each code so that it can draw the progress and answer
// the teacher. Each result is remembered, so a reload or a new paste checks only new codes.
import type { CheckedCode, SourcedCode } from '../engine/class/ranking';
import { codeKey } from '../engine/codes/base32';
import type { ResultCheck } from '../engine/codes/resultCode';
import { ResultVerifier } from '../engine/codes/verifier';
import type { FromWorker, ToWorker } from './verifyWorker';

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

type Verify = (code: string, classCode: string | undefined) => Promise<ResultCheck>;

/** On the page's thread, after a yield. */
function onPage(story: string): Verify {
  let verifier: ResultVerifier | null = null;
  return async (code, classCode) => {
    await yieldToPage();
    verifier ??= new ResultVerifier(story);
    return verifier.verify(code, classCode);
  };
}

/** In a worker; null where none can start. A worker that fails later hands over to `fallback`. */
function inWorker(story: string, fallback: Verify): Verify | null {
  // The one-file edition has no worker file to start (and file:// pages cannot start one).
  if (import.meta.env.MODE === 'single' || typeof Worker === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(new URL('./verifyWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  const waiting = new Map<number, { code: string; classCode: string | undefined; resolve: (c: ResultCheck) => void }>();
  let next = 0;
  let failed = false;
  worker.addEventListener('message', (e: MessageEvent<FromWorker>) => {
    waiting.get(e.data.id)?.resolve(e.data.check);
    waiting.delete(e.data.id);
  });
  worker.addEventListener('error', () => {
    // Could not load, or broke: what it was asked is checked on the page instead.
    failed = true;
    worker.terminate();
    for (const w of waiting.values()) void fallback(w.code, w.classCode).then(w.resolve);
    waiting.clear();
  });
  const send = (m: ToWorker) => worker.postMessage(m);
  send({ story });
  return (code, classCode) => {
    if (failed) return fallback(code, classCode);
    return new Promise((resolve) => {
      const id = next++;
      waiting.set(id, { code, classCode, resolve });
      send({ id, code, classCode });
    });
  };
}

export interface Checker {
  /**
   * The codes with their checks, once every one is checked; `onProgress(done, total)` while
   * it works. A newer call supersedes an older one, which then resolves with null.
   */
  check(codes: readonly SourcedCode[], classCode: string | undefined, onProgress: (done: number, total: number) => void): Promise<CheckedCode[] | null>;
}

export function checker(story: string): Checker {
  const page = onPage(story);
  const verify = inWorker(story, page) ?? page;
  const known = new Map<string, ResultCheck>();
  let generation = 0;
  return {
    async check(codes, classCode, onProgress) {
      const mine = ++generation;
      const keyOf = (c: SourcedCode) => `${classCode ?? ''}|${codeKey(c.code)}`;
      const todo = codes.filter((c) => !known.has(keyOf(c)));
      for (const [i, c] of todo.entries()) {
        onProgress(i, todo.length);
        const check = await verify(c.code, classCode);
        if (mine !== generation) return null;
        known.set(keyOf(c), check);
      }
      if (todo.length > 0) onProgress(todo.length, todo.length);
      return codes.map((c) => ({ ...c, check: known.get(keyOf(c)) as ResultCheck }));
    },
  };
}
