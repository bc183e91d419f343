// The story checker: compile results in, one report out. Pure (no files, no Node): the CLI
// compiles and reads the sources, tests call this directly.
import type { InkProblem } from '../compiler/compileInk';
import { GameStory } from '../engine/story';
import { checkConventions, usesConventions } from './conventions';
import { countLiveness, countVisits, inkJsonFacts } from './inkJson';
import type { CheckReport, EndingSummary, Finding } from './report';
import { type SourceFile, SourceIndex } from './sources';
import { walkStory } from './walk';

export interface CheckInput {
  /** The main ink file, as the author named it. */
  file: string;
  /** The compiled story, or null when it did not compile. */
  json: string | null;
  errors: InkProblem[];
  warnings: InkProblem[];
  /** Every ink file the compiler read. */
  sources: SourceFile[];
  /** The historians file beside the main ink file (see readings.ts), or null when there is none. */
  historians?: SourceFile | null;
  maxStates?: number;
}

/** Enough for a story of a few dozen decisions; a walk that needs more says so. */
export const DEFAULT_MAX_STATES = 200_000;

const INK_ERROR = /^Error in the story: /;
const INK_WARNING = /^Warning in the story: /;

export function checkStory(input: CheckInput): CheckReport {
  const limit = input.maxStates ?? DEFAULT_MAX_STATES;
  const errors: Finding[] = [...input.errors];
  const warnings: Finding[] = [...input.warnings];
  const report: CheckReport = {
    file: input.file, conventions: false, errors, warnings, decisions: [],
    walk: { states: 0, endings: 0, deadEnds: 0, complete: false, limit },
    endings: [], deadEnds: [], unreachedKnots: [], score: null,
  };
  if (input.json === null) {
    if (errors.length === 0) errors.push({ file: input.file, line: 0, message: 'the story did not compile' });
    return report;
  }

  const sources = new SourceIndex(input.sources);
  const metaProblems: string[] = [];
  const probe = new GameStory(input.json, (p) => {
    if (p.where === 'global tags') metaProblems.push(p.message);
  });
  const counted = countVisits(input.json, sources.knots.map((k) => k.path));
  const walk = walkStory(counted.json, {
    maxStates: limit, facts: inkJsonFacts(input.json), track: counted.tracked, liveness: countLiveness(counted.json),
  });
  const ours = usesConventions(walk, probe.meta);
  report.conventions = ours;

  for (const p of walk.problems) {
    const list = INK_ERROR.test(p.message) ? errors : INK_WARNING.test(p.message) ? warnings : null;
    if (list) list.push({ ...sources.knotOf(p.where), message: `${p.message} (at ${p.where})` });
  }

  if (ours) {
    const conv = checkConventions({
      walk, meta: probe.meta, metaProblems, numberBases: new Set(Object.keys(probe.power())), sources,
      historians: input.historians,
    });
    errors.push(...conv.errors);
    warnings.push(...conv.warnings);
    report.decisions = conv.decisions;
    if (walk.score) {
      const { min, max } = walk.score;
      report.score = { min: min.final, max: max.final, minRank: min.rank, maxRank: max.rank, exact: walk.score.exact };
    }
  }

  const oneBased = (path: number[]) => path.map((i) => i + 1);
  for (const f of walk.finishes.values()) {
    if (ours && f.deadEnd) {
      const d: EndingSummary = { ...sources.locate(f.lastText.slice(0, 60)), kind: null, text: f.lastText, path: oneBased(f.path) };
      report.deadEnds.push(d);
      errors.push({ file: d.file, line: d.line, message: `dead end: the story stops after "${f.lastText}" with no # ending: tag (play ${d.path.join(' ')})` });
    }
  }
  if (ours) {
    for (const e of walk.endings.values()) {
      report.endings.push({ ...sources.locate(`ending: ${e.kind}`, e.text.slice(0, 60)), kind: e.kind, text: e.text, path: oneBased(e.path) });
    }
  } else {
    // A story without our tags ends wherever it stops.
    for (const f of walk.finishes.values()) {
      report.endings.push({ ...sources.locate(f.lastText.slice(0, 60)), kind: null, text: f.lastText, path: oneBased(f.path) });
    }
  }

  report.walk = {
    states: walk.states, endings: report.endings.length, deadEnds: report.deadEnds.length, complete: walk.complete, limit,
  };
  if (!walk.complete) {
    warnings.push({ file: input.file, line: 0, message: `the walk stopped at its limit of ${limit} states: paths beyond it were not checked` });
  } else {
    for (const k of sources.knots) {
      if (counted.tracked.includes(k.path) && !walk.reached.has(k.path)) {
        report.unreachedKnots.push({ file: k.file, line: k.line, knot: k.path });
        warnings.push({ file: k.file, line: k.line, message: `${k.isFunction ? 'function' : 'knot'} "${k.path}" is never reached` });
      }
    }
  }
  return report;
}
