// The shape of ink's saved state (inkjs 2.x, save version 10), checked before ink reads it.
// Ink trusts its own saves: handed a pointer index that is not a number or a variable that is
// not a value, it loops for ever or throws deep inside a later turn. A save is untrusted input
// (see save.ts), so every field ink reads is checked for its kind here first. This checks
// form only; a well-formed state that leads nowhere is ink's to report.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isInt = (v: unknown): v is number => Number.isInteger(v);
const optional = (v: unknown, test: (x: unknown) => boolean) => v === undefined || test(v);
const values = (v: Obj, test: (x: unknown) => boolean) => Object.values(v).every(test);

/** An ink value as its saves write one: a number, a boolean, "^text", a divert target, a variable pointer or a list. */
function isInkValue(v: unknown): boolean {
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'boolean') return true;
  if (isStr(v)) return v.startsWith('^');
  if (!isObj(v)) return false;
  if ('^->' in v) return isStr(v['^->']);
  if ('^var' in v) return isStr(v['^var']) && optional(v.ci, isInt);
  if ('list' in v) return isObj(v.list) && values(v.list, isInt) && optional(v.origins, (o) => Array.isArray(o) && o.every(isStr));
  return false;
}

/** The PushPopType ink writes: tunnel 0, function 1, function evaluated from the game 2. */
const isFrame = (v: unknown) =>
  isObj(v) && optional(v.cPath, isStr) && isCount(v.idx) && typeof v.exp === 'boolean' && [0, 1, 2].includes(v.type as number) &&
  optional(v.temp, (t) => isObj(t) && values(t, isInkValue));

const isThread = (v: unknown) =>
  isObj(v) && Array.isArray(v.callstack) && v.callstack.length > 0 && v.callstack.every(isFrame) && isInt(v.threadIndex) &&
  optional(v.previousContentObject, isStr);

const isChoice = (v: unknown) =>
  isObj(v) && isStr(v.text) && isInt(v.index) && isStr(v.originalChoicePath) && isInt(v.originalThreadIndex) &&
  isStr(v.targetPath) && optional(v.tags, (t) => Array.isArray(t) && t.every(isStr));

/** The output stream holds text and commands as strings, and tags and values as objects. */
const isOutput = (v: unknown) => isStr(v) || (isObj(v) && Object.keys(v).length > 0);

const isFlow = (v: unknown) =>
  isObj(v) && isObj(v.callstack) && Array.isArray(v.callstack.threads) && v.callstack.threads.length > 0 &&
  v.callstack.threads.every(isThread) && optional(v.callstack.threadCounter, isInt) &&
  Array.isArray(v.outputStream) && v.outputStream.every(isOutput) &&
  optional(v.currentChoices, (c) => Array.isArray(c) && c.every(isChoice)) &&
  optional(v.choiceThreads, (t) => isObj(t) && values(t, isThread));

/** Far above any state ink saves between turns (a few kilobytes: a line of text, counts, variables). */
export const MAX_INK_STATE_CHARS = 100_000;

/**
 * Whether `text` has the form of an ink state this engine saved: every field ink reads, of
 * the kind ink expects. Between turns ink's evaluation stack is always empty.
 */
export function isInkStateText(text: string): boolean {
  if (text.length > MAX_INK_STATE_CHARS) return false;
  let s: unknown;
  try {
    s = JSON.parse(text);
  } catch {
    return false;
  }
  return (
    isObj(s) && isObj(s.flows) && Object.keys(s.flows).length > 0 && values(s.flows, isFlow) &&
    isStr(s.currentFlowName) && Object.hasOwn(s.flows, s.currentFlowName) &&
    isObj(s.variablesState) && values(s.variablesState, isInkValue) &&
    Array.isArray(s.evalStack) && s.evalStack.length === 0 &&
    isObj(s.visitCounts) && values(s.visitCounts, isCount) &&
    // TURNS_SINCE writes -1 for a knot it asks about before any visit.
    isObj(s.turnIndices) && values(s.turnIndices, isInt) &&
    isInt(s.turnIdx) && isInt(s.storySeed) && isInt(s.previousRandom) &&
    isInt(s.inkSaveVersion) && optional(s.inkFormatVersion, isInt)
  );
}
