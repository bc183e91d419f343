// The story checker: compile results in, one report out. Pure (no files, no Node): the CLI
// compiles and reads the sources, tests call this directly.
import type { InkProblem } from '../compiler/compileInk';
import { GameStory } from '../engine/story';
import { checkConventions, usesConventions } from './conventions';
import { type CountedStory, countLiveness, countVisits, inkJsonFacts, useExternalFallbacks } from './inkJson';
import type { CheckReport, EndingSummary, Finding } from './report';
import { type SourceFile, SourceIndex } from './sources';
import { DEFAULT_MAX_DEPTH, type WalkResult, walkStory } from './walk';

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
  /** The glossary beside the main ink file (see glossary.ts), or null when there is none. */
  glossary?: SourceFile | null;
  /** The exam questions and the timeline beside the main ink file (see studyData.ts), or null. */
  exam?: SourceFile | null;
  timeline?: SourceFile | null;
  maxStates?: number;
  /** Stop the walk after this many seconds, as incomplete (no limit if left out). */
  maxSeconds?: number;
  /** The walk's clock in milliseconds (default `performance.now`): see `WalkOptions.now`. */
  now?: () => number;
  /** Follow no path longer than this many choices (default `DEFAULT_MAX_DEPTH`). */
  maxDepth?: number;
}

/** Enough for a story of a few dozen decisions; a walk that needs more says so. */
export const DEFAULT_MAX_STATES = 200_000;


export function checkStory(input: CheckInput): CheckReport {
  const limit = input.maxStates ?? DEFAULT_MAX_STATES;
  const errors: Finding[] = [...input.errors];
  const warnings: Finding[] = [...input.warnings];
  const report: CheckReport = {
    file: input.file, conventions: false, errors, warnings, decisions: [],
    walk: { states: 0, endings: 0, deadEnds: 0, complete: false, limit, stoppedBy: null, maxSeconds: input.maxSeconds ?? null },
    endings: [], deadEnds: [], unreachedKnots: [], score: null,
  };
  if (input.json === null) {
    if (errors.length === 0) errors.push({ file: input.file, line: 0, message: 'the story did not compile' });
    return report;
  }

  const sources = new SourceIndex(input.sources);
  // A story written for a game may call the game's functions (EXTERNAL): play their fallbacks.
  const fallback = useExternalFallbacks(input.json);
  for (const name of fallback.missing) {
    errors.push({
      ...sources.locate(`EXTERNAL ${name}`),
      message: `EXTERNAL function "${name}" has no ink fallback (=== function ${name}), so the story cannot be played without its game`,
    });
  }
  if (fallback.missing.length > 0) return report;
  const metaProblems: string[] = [];
  let probe: GameStory;
  let counted: CountedStory;
  let walk: WalkResult;
  try {
    probe = new GameStory(fallback.json, { onProblem: (p) => {
      if (p.kind === 'global-tags') metaProblems.push(p.message);
    } });
    counted = countVisits(fallback.json, sources.knots.map((k) => k.path));
    walk = walkStory(counted.json, {
      maxStates: limit, maxSeconds: input.maxSeconds, now: input.now, maxDepth: input.maxDepth, facts: inkJsonFacts(fallback.json), track: counted.tracked,
      liveness: countLiveness(counted.json),
    });
  } catch (e) {
    // Ink throws on what it cannot play at all; say so rather than stop without a report.
    errors.push({ file: input.file, line: 0, message: `the story could not be played: ${e instanceof Error ? e.message : String(e)}` });
    return report;
  }
  const ours = usesConventions(walk, probe.meta);
  report.conventions = ours;

  for (const p of walk.problems) {
    // A story written elsewhere: where ink runs out of content is reported below, as a dead end.
    if (!ours && p.kind === 'ink-ran-out') continue;
    const list = p.kind === 'ink-error' || p.kind === 'ink-ran-out' ? errors : p.kind === 'ink-warning' ? warnings : null;
    if (list) list.push({ ...sources.knotOf(p.where), message: `${p.message} (at ${p.where})` });
  }

  if (ours) {
    const conv = checkConventions({
      walk, meta: probe.meta, metaProblems, numberBases: new Set(Object.keys(probe.power())), sources,
      historians: input.historians, glossary: input.glossary, exam: input.exam, timeline: input.timeline,
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
    // A story without our tags ends wherever it stops at `-> END` or `-> DONE`; where ink runs
    // out of content instead, it is a dead end. Not an error: the story may not be ours to fix.
    for (const f of walk.finishes.values()) {
      const d: EndingSummary = { ...sources.locate(f.lastText.slice(0, 60)), kind: null, text: f.lastText, path: oneBased(f.path) };
      if (!f.ranOut) {
        report.endings.push(d);
        continue;
      }
      report.deadEnds.push(d);
      warnings.push({
        file: d.file, line: d.line,
        message: `dead end: the story runs out of content after "${f.lastText}" with no -> END or -> DONE (play ${d.path.join(' ')})`,
      });
    }
  }

  report.walk = {
    states: walk.states, endings: report.endings.length, deadEnds: report.deadEnds.length, complete: walk.complete, limit,
    stoppedBy: walk.stoppedBy, maxSeconds: input.maxSeconds ?? null,
  };
  if (walk.stoppedBy === 'time') {
    warnings.push({
      file: input.file, line: 0,
      message: `the walk stopped at its time limit of ${input.maxSeconds} s, after ${walk.states} states: paths beyond it were not checked`,
    });
  } else if (walk.stoppedBy === 'states') {
    warnings.push({ file: input.file, line: 0, message: `the walk stopped at its limit of ${limit} states: paths beyond it were not checked` });
  }
  if (walk.tooDeep > 0) {
    warnings.push({
      file: input.file, line: 0,
      message: `paths longer than ${input.maxDepth ?? DEFAULT_MAX_DEPTH} choices were not followed (from ${walk.tooDeep} states): the walk is incomplete`,
    });
  }
  if (walk.complete) {
    for (const k of sources.knots) {
      if (counted.tracked.includes(k.path) && !walk.reached.has(k.path)) {
        report.unreachedKnots.push({ file: k.file, line: k.line, knot: k.path });
        warnings.push({ file: k.file, line: k.line, message: `${k.isFunction ? 'function' : 'knot'} "${k.path}" is never reached` });
      }
    }
  }
  return report;
}
