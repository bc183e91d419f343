// Checks result codes off the page's thread (see checker.ts): the teacher page sends the
// compiled story once, then one code at a time, and gets each check back.
import type { ResultCheck } from '../engine/codes/resultCode';
import { ResultVerifier } from '../engine/codes/verifier';

export type ToWorker = { story: string } | { id: number; code: string; classCode: string | undefined };
export interface FromWorker {
  id: number;
  check: ResultCheck;
}

let verifier: ResultVerifier | null = null;

self.addEventListener('message', (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if ('story' in m) {
    verifier = new ResultVerifier(m.story);
    return;
  }
  const reply: FromWorker = { id: m.id, check: (verifier as ResultVerifier).verify(m.code, m.classCode) };
  self.postMessage(reply);
});
