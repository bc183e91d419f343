// SCORM 1.2 from the game's side: find the learning platform's API, talk to it, and say
// what the game did in SCORM's own formats. No DOM here: the window is handed in as a plain
// object, so every rule below runs in Node's tests as it does in the browser.

/** The SCORM 1.2 API object a platform puts on one of the game's parent windows. */
export interface ScormApi {
  LMSInitialize(empty: ''): unknown;
  LMSFinish(empty: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(empty: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
}

/** The part of a window the search reads. Any step may throw (a frame of another origin). */
export interface WindowLike {
  readonly API?: unknown;
  readonly parent?: WindowLike | null;
  readonly opener?: WindowLike | null;
}

const METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'] as const;
/** The standard search gives up after this many parents (SCORM 1.2 RTE, API discovery). */
export const MAX_PARENTS = 7;

function apiOf(win: WindowLike): ScormApi | null {
  try {
    const api = win.API as Record<string, unknown> | null | undefined;
    return api && METHODS.every((m) => typeof api[m] === 'function') ? (api as unknown as ScormApi) : null;
  } catch {
    return null;
  }
}

function step(win: WindowLike, to: 'parent' | 'opener'): WindowLike | null {
  try {
    const next = win[to];
    return next && next !== win ? next : null;
  } catch {
    return null;
  }
}

function searchUp(start: WindowLike): ScormApi | null {
  let win: WindowLike | null = start;
  for (let level = 0; win && level <= MAX_PARENTS; level++) {
    const api = apiOf(win);
    if (api) return api;
    win = step(win, 'parent');
  }
  return null;
}

/**
 * The platform's API: on this window or up to 7 parents above it, else on the window that
 * opened this one (a platform that launches content in a pop-up) and its parents. Null when
 * no platform launched the game.
 */
export function findScormApi(win: WindowLike): ScormApi | null {
  const found = searchUp(win);
  if (found) return found;
  const opener = step(win, 'opener');
  return opener ? searchUp(opener) : null;
}

/** SCORM 1.2's CMITimespan, HHHH:MM:SS.SS (hours 4 digits at most). */
export function scormTimespan(ms: number): string {
  const hundredths = Math.min(Math.max(0, Math.round(ms / 10)), (9999 * 3600 + 59 * 60 + 59) * 100 + 99);
  const seconds = Math.floor(hundredths / 100);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(Math.floor(seconds / 3600)).padStart(4, '0')}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}.${two(hundredths % 100)}`;
}

/** "Last, First" as platforms send `cmi.core.student_name`, written as a person would: "First Last". */
export function personName(lmsName: string): string | null {
  const comma = lmsName.indexOf(',');
  const parts = comma < 0 ? [lmsName] : [lmsName.slice(comma + 1), lmsName.slice(0, comma)];
  const name = parts.map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p !== '').join(' ');
  return name === '' ? null : name;
}

/** Options a–z: SCORM 1.2's choice responses are single characters. */
export const optionLetter = (index: number): string => String.fromCharCode(97 + index);

export interface Interaction {
  /** cmi.interactions.n: the n-th interaction of this learner's attempt. */
  index: number;
  decisionId: string;
  chosen: number;
  /** The option that is what really happened, or null where none is marked. */
  historical: number | null;
  latencyMs: number;
}

/** One decision as SCORM 1.2 interaction elements, the id first (some platforms require it). */
export function interactionValues(i: Interaction): [string, string][] {
  const at = `cmi.interactions.${i.index}`;
  // CMIIdentifier: letters, digits, '-' and '_' are safe on every platform.
  const values: [string, string][] = [
    [`${at}.id`, i.decisionId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 255) || `decision_${i.index + 1}`],
    [`${at}.type`, 'choice'],
    [`${at}.student_response`, optionLetter(i.chosen)],
  ];
  if (i.historical !== null) values.push([`${at}.correct_responses.0.pattern`, optionLetter(i.historical)]);
  values.push(
    [`${at}.result`, i.historical === null ? 'neutral' : i.chosen === i.historical ? 'correct' : 'wrong'],
    [`${at}.latency`, scormTimespan(i.latencyMs)],
  );
  return values;
}

/** What went wrong between the game and the platform. Callers switch on `kind`. */
export type LmsProblem =
  | { kind: 'refused'; call: string; code: string; description: string }
  | { kind: 'threw'; call: string; description: string };

/** SCORM 1.2's "not implemented": the platform need not keep interactions (they are optional). */
const NOT_IMPLEMENTED = '401';

const ok = (result: unknown) => result === true || result === 'true';

/**
 * The conversation with the platform's API. Every call is guarded: an API that refuses or
 * throws is reported once (to `onProblem`), and the game plays on.
 */
export class ScormLink {
  private reported = false;

  constructor(
    private readonly api: ScormApi,
    private readonly onProblem: (p: LmsProblem) => void,
  ) {}

  initialize(): boolean {
    return this.call('LMSInitialize', () => this.api.LMSInitialize(''));
  }

  /** The element's value, or null when the platform gave an error instead. */
  get(element: string): string | null {
    let value: unknown;
    const called = this.guard(`LMSGetValue("${element}")`, () => {
      value = this.api.LMSGetValue(element);
    });
    if (!called) return null;
    const code = this.lastError();
    if (code !== '0' && code !== '') {
      this.report(`LMSGetValue("${element}")`, code);
      return null;
    }
    return typeof value === 'string' ? value : String(value ?? '');
  }

  /** `optional`: an element the platform may leave unimplemented (interactions) without a word. */
  set(element: string, value: string, optional = false): boolean {
    return this.call(`LMSSetValue("${element}")`, () => this.api.LMSSetValue(element, value), optional);
  }

  commit(): boolean {
    return this.call('LMSCommit', () => this.api.LMSCommit(''));
  }

  finish(): boolean {
    return this.call('LMSFinish', () => this.api.LMSFinish(''));
  }

  private call(name: string, run: () => unknown, optional = false): boolean {
    let result: unknown;
    if (!this.guard(name, () => { result = run(); })) return false;
    if (ok(result)) return true;
    const code = this.lastError();
    if (!(optional && code === NOT_IMPLEMENTED)) this.report(name, code);
    return false;
  }

  private guard(name: string, run: () => void): boolean {
    try {
      run();
      return true;
    } catch (error) {
      this.tell({ kind: 'threw', call: name, description: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  private lastError(): string {
    try {
      return String(this.api.LMSGetLastError() ?? '');
    } catch {
      return '';
    }
  }

  private report(call: string, code: string): void {
    let description = '';
    try {
      description = String(this.api.LMSGetErrorString(code) ?? '');
    } catch {
      // The code alone will have to do.
    }
    this.tell({ kind: 'refused', call, code, description });
  }

  private tell(p: LmsProblem): void {
    if (this.reported) return;
    this.reported = true;
    this.onProblem(p);
  }
}
