import { describe, expect, it } from 'vitest';
import {
  type LmsProblem, MAX_PARENTS, type ScormApi, ScormLink, type WindowLike,
  findScormApi, interactionValues, personName, scormTimespan,
} from '../../src/platform/scorm';

/** A SCORM 1.2 API that answers `result` to every call and `code` as its last error. */
function fakeApi(result: unknown = 'true', code = '0'): ScormApi & { calls: string[] } {
  const calls: string[] = [];
  const answer = (name: string) => (...args: unknown[]) => {
    calls.push(`${name}(${args.join(',')})`);
    return result;
  };
  return {
    calls,
    LMSInitialize: answer('LMSInitialize'),
    LMSFinish: answer('LMSFinish'),
    LMSGetValue: answer('LMSGetValue'),
    LMSSetValue: answer('LMSSetValue'),
    LMSCommit: answer('LMSCommit'),
    LMSGetLastError: () => code,
    LMSGetErrorString: (c: string) => `description of ${c}`,
  };
}

/** A window `depth` frames below one that holds `api`. */
function nested(depth: number, api: unknown): WindowLike {
  let win: WindowLike = { API: api };
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('finding the platform API', () => {
  it('finds it on the window itself or up to 7 parents above, and not further', () => {
    const api = fakeApi();
    for (let depth = 0; depth <= MAX_PARENTS; depth++) expect(findScormApi(nested(depth, api))).toBe(api);
    expect(findScormApi(nested(MAX_PARENTS + 1, api))).toBeNull();
  });

  it('stops at a window that is its own parent (the top), and finds nothing without a platform', () => {
    const top: { parent?: WindowLike; API?: unknown } = {};
    top.parent = top;
    expect(findScormApi({ parent: top })).toBeNull();
  });

  it('steps past a parent of another origin (whose properties throw) to the opener', () => {
    const api = fakeApi();
    const foreign = { get API(): unknown { throw new Error('SecurityError'); }, get parent(): WindowLike { throw new Error('SecurityError'); } };
    expect(findScormApi({ parent: foreign, opener: nested(2, api) })).toBe(api);
    const throwingOpener = { parent: null, get opener(): WindowLike { throw new Error('SecurityError'); } };
    expect(findScormApi(throwingOpener)).toBeNull();
  });

  it('ignores an API that lacks the SCORM 1.2 functions (a SCORM 2004 platform, or a stray global)', () => {
    const { LMSCommit: _, ...partial } = fakeApi();
    expect(findScormApi(nested(1, partial))).toBeNull();
    expect(findScormApi(nested(1, 'API'))).toBeNull();
  });
});

describe('SCORM formats', () => {
  it('writes times as CMITimespan HHHH:MM:SS.SS', () => {
    expect(scormTimespan(0)).toBe('0000:00:00.00');
    expect(scormTimespan(12_345)).toBe('0000:00:12.35');
    expect(scormTimespan(((3 * 60 + 25) * 60 + 7) * 1000 + 500)).toBe('0003:25:07.50');
    expect(scormTimespan(-5)).toBe('0000:00:00.00');
    expect(scormTimespan(1e15)).toBe('9999:59:59.99');
    for (const ms of [0, 999, 59_999, 3_600_000, 86_400_000 * 3]) expect(scormTimespan(ms)).toMatch(/^\d{4}:[0-5]\d:[0-5]\d\.\d\d$/);
  });

  it('writes the learner\'s "Last, First" as a person would', () => {
    expect(personName('Doe, Jane')).toBe('Jane Doe');
    expect(personName('  Ivanova ,  Anna   Maria ')).toBe('Anna Maria Ivanova');
    expect(personName('Jane Doe')).toBe('Jane Doe');
    expect(personName('Doe,')).toBe('Doe');
    expect(personName(' , ')).toBeNull();
    expect(personName('')).toBeNull();
  });

  it('gives each decision as a choice interaction with letters, a result and a latency, the id first', () => {
    const values = interactionValues({ index: 3, decisionId: 'beria_arrest', chosen: 1, historical: 2, latencyMs: 8_250 });
    expect(values).toEqual([
      ['cmi.interactions.3.id', 'beria_arrest'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.student_response', 'b'],
      ['cmi.interactions.3.correct_responses.0.pattern', 'c'],
      ['cmi.interactions.3.result', 'wrong'],
      ['cmi.interactions.3.latency', '0000:00:08.25'],
    ]);
    const right = new Map(interactionValues({ index: 0, decisionId: 'a b.c', chosen: 0, historical: 0, latencyMs: 0 }));
    expect(right.get('cmi.interactions.0.result')).toBe('correct');
    expect(right.get('cmi.interactions.0.id')).toBe('a_b_c');
    const unmarked = new Map(interactionValues({ index: 0, decisionId: 'x', chosen: 3, historical: null, latencyMs: 0 }));
    expect(unmarked.get('cmi.interactions.0.result')).toBe('neutral');
    expect(unmarked.has('cmi.interactions.0.correct_responses.0.pattern')).toBe(false);
    expect(unmarked.get('cmi.interactions.0.student_response')).toBe('d');
  });
});

describe('talking to the platform', () => {
  it('reports the first refusal once, with the code and its description, and goes on', () => {
    const problems: LmsProblem[] = [];
    const link = new ScormLink(fakeApi('false', '351'), (p) => problems.push(p));
    expect(link.initialize()).toBe(false);
    expect(link.set('cmi.core.exit', 'suspend')).toBe(false);
    expect(link.commit()).toBe(false);
    expect(problems).toEqual([{ kind: 'refused', call: 'LMSInitialize', code: '351', description: 'description of 351' }]);
  });

  it('reports an API that throws, and a value read with an error, without throwing itself', () => {
    const problems: LmsProblem[] = [];
    const api = fakeApi();
    api.LMSCommit = () => {
      throw new Error('platform gone');
    };
    expect(new ScormLink(api, (p) => problems.push(p)).commit()).toBe(false);
    expect(problems).toEqual([{ kind: 'threw', call: 'LMSCommit', description: 'platform gone' }]);
    const reads: LmsProblem[] = [];
    expect(new ScormLink(fakeApi('', '201'), (p) => reads.push(p)).get('cmi.core.entry')).toBeNull();
    expect(reads.map((p) => p.kind === 'refused' && p.code)).toEqual(['201']);
  });

  it('accepts true as a boolean too, and keeps quiet when an optional element is not implemented (401)', () => {
    const problems: LmsProblem[] = [];
    expect(new ScormLink(fakeApi(true), (p) => problems.push(p)).commit()).toBe(true);
    const link = new ScormLink(fakeApi('false', '401'), (p) => problems.push(p));
    expect(link.set('cmi.interactions.0.id', 'x', true)).toBe(false);
    expect(problems).toEqual([]);
    link.set('cmi.core.exit', 'suspend');
    expect(problems.map((p) => p.kind === 'refused' && p.code)).toEqual(['401']);
  });
});
