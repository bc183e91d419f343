// Thaw's tag conventions (story/README.md), checked on what the walk saw: every decision
// as the player meets it, every tag shown, every ending. Each finding names the file and
// line where the author wrote the thing, found by searching the sources for it.
import type { StoryMeta } from '../engine/meta';
import { type Stake, parseChoiceTags, parseLineTags, parseTag } from '../engine/tags';
import { checkGlossary } from './glossary';
import { checkReadings } from './readings';
import { checkStudyData } from './studyData';
import type { DecisionSummary, Finding } from './report';
import type { SourceFile, SourceIndex } from './sources';
import type { SeenDecision, WalkResult } from './walk';

export interface ConventionInput {
  walk: WalkResult;
  meta: StoryMeta;
  /** Problems the engine found in the global tags. */
  metaProblems: string[];
  /** Declared bases that exist as number VARs. */
  numberBases: Set<string>;
  sources: SourceIndex;
  /** The historians file beside the main ink file (story/historians.json), if there is one. */
  historians?: SourceFile | null;
  /** The glossary beside the main ink file (story/glossary.json), if there is one. */
  glossary?: SourceFile | null;
  /** The exam questions and the timeline beside the main ink file, if there are any. */
  exam?: SourceFile | null;
  timeline?: SourceFile | null;
}

export interface ConventionResult {
  errors: Finding[];
  warnings: Finding[];
  decisions: DecisionSummary[];
}

export const MIN_OPTIONS = 3;
export const MAX_OPTIONS = 4;

/** Whether a story uses Thaw's conventions at all: other ink stories are only compiled and walked. */
export function usesConventions(walk: WalkResult, meta: StoryMeta): boolean {
  return walk.usesDecisions || meta.bases.length > 0 || meta.cast.length > 0;
}

class Findings {
  readonly errors: Finding[] = [];
  readonly warnings: Finding[] = [];
  private readonly said = new Set<string>();
  constructor(private readonly sources: SourceIndex) {}

  error(message: string, ...where: string[]): void {
    this.add(this.errors, message, where);
  }

  warn(message: string, ...where: string[]): void {
    this.add(this.warnings, message, where);
  }

  private add(list: Finding[], message: string, where: string[]): void {
    const loc = this.sources.locate(...where);
    const key = `${loc.file}:${loc.line}:${message}`;
    if (this.said.has(key)) return;
    this.said.add(key);
    list.push({ ...loc, message });
  }
}

function summarise(seen: SeenDecision[], sources: SourceIndex): DecisionSummary {
  const first = seen[0];
  const tags = parseLineTags(first.question.tags).value;
  const richest = seen.reduce((a, b) => (b.options.length > a.options.length ? b : a));
  return {
    ...sources.locate(`decision: ${first.id}`),
    id: first.id, kind: tags.kind ?? 'act', rival: tags.rival,
    options: richest.options.length,
    historical: richest.options.filter((o) => parseChoiceTags(o.tags).value.historical).length,
  };
}

function checkDecision(seen: SeenDecision, input: ConventionInput, f: Findings): void {
  const { meta } = input;
  const where = `decision: ${seen.id}`;
  const keys = seen.question.tags.map(parseTag);
  const tags = parseLineTags(seen.question.tags).value;
  if (!keys.some((t) => t.key === 'kind')) f.error(`decision "${seen.id}" has no # kind: (act or predict)`, where);
  if (tags.kind === 'predict' && !tags.rival) f.error(`decision "${seen.id}" is a prediction but names no # rival:`, where);
  if (tags.rival && !meta.cast.some((c) => c.id === tags.rival)) {
    f.error(`decision "${seen.id}": rival "${tags.rival}" is not declared as # cast: in the global tags`, where);
  }
  if (tags.stake) checkStake(seen.id, tags.stake, input, f);
  const n = seen.options.length;
  if (n < MIN_OPTIONS || n > MAX_OPTIONS) {
    f.error(`decision "${seen.id}" offers ${n} option(s); it needs ${MIN_OPTIONS} or ${MAX_OPTIONS}`, where);
  }
  const historical = seen.options.filter((o) => parseChoiceTags(o.tags).value.historical).length;
  if (historical === 0) f.error(`decision "${seen.id}" has no option marked # historical`, where);
  if (historical > 1) f.error(`decision "${seen.id}" has ${historical} options marked # historical; exactly one really happened`, where);
  const timeouts = seen.options.filter((o) => parseChoiceTags(o.tags).value.timeout);
  if (timeouts.length > 1) f.error(`decision "${seen.id}" has ${timeouts.length} options marked # timeout; a time-out follows one`, where);
  if (timeouts.some((o) => parseChoiceTags(o.tags).value.historical)) {
    f.warn(`decision "${seen.id}": the # timeout option is the # historical one; a time-out still never scores as a match`, seen.id, where);
  }
  for (const o of seen.options) {
    const text = o.text.trim();
    const parsed = parseChoiceTags(o.tags);
    const near = (tag: string) => [tag, text.slice(0, 40)];
    if (!parsed.value.actor) f.warn(`option "${text}" of decision "${seen.id}" has no # actor:`, text.slice(0, 40), where);
    for (const t of o.tags.map(parseTag)) {
      const raw = `${t.key}:`;
      if (t.key === 'actor' && t.value && !meta.cast.some((c) => c.id === t.value)) {
        f.error(`option "${text}": actor "${t.value}" is not declared as # cast: in the global tags`, ...near(`actor: ${t.value}`));
      }
      const reading = t.key === 'reading' ? parseChoiceTags([`reading: ${t.value}`]).value.reading : null;
      if (reading && !meta.readings.some((r) => r.id === reading)) {
        f.error(`option "${text}": reading "${reading}" is not declared as # reading: in the global tags`, ...near(`reading: ${t.value}`));
      }
      if (t.key === 'effect') {
        for (const p of parseChoiceTags([`effect: ${t.value}`]).problems) f.error(`option "${text}": ${p}`, ...near(raw));
      }
      if (t.key === 'mood') {
        for (const who of Object.keys(parseChoiceTags([`mood: ${t.value}`]).value.moods)) {
          if (!meta.cast.some((c) => c.id === who)) f.error(`option "${text}": mood of "${who}", who is not declared as # cast: in the global tags`, ...near(raw));
        }
      }
    }
    for (const p of parsed.problems.filter((m) => !m.startsWith('effect'))) f.error(`option "${text}": ${p}`, ...near(text));
    for (const e of parsed.value.effects) {
      if (!meta.bases.some((b) => b.id === e.base)) {
        f.error(`option "${text}": effect on "${e.base}", which is not declared as # base: in the global tags`, ...near('effect:'));
      }
    }
  }
}

/**
 * A `# stake:` shows the player a line before they choose: it must be a declared base, inside
 * the power range, and the very line the story's own ink condition (`base < line`) falls at,
 * or the game would show one line and the story use another.
 */
function checkStake(id: string, stake: Stake, input: ConventionInput, f: Findings): void {
  const where = [`decision: ${id}`, 'stake:'];
  const { bases, power } = input.meta;
  const written = `${stake.base} ${stake.line}`;
  if (!bases.some((b) => b.id === stake.base)) {
    f.error(`decision "${id}": # stake: ${written} names a base not declared as # base: in the global tags`, ...where);
  } else if (stake.line <= power.min || stake.line > power.max) {
    f.error(`decision "${id}": # stake: ${written} is outside the power range ${power.min} to ${power.max}`, ...where);
  } else if (input.sources.find(`${stake.base} < ${stake.line}`).length === 0) {
    f.error(`decision "${id}": # stake: ${written}, but no ink condition "${stake.base} < ${stake.line}" decides a fall at that line`, ...where);
  }
}

export function checkConventions(input: ConventionInput): ConventionResult {
  const { walk, meta, sources } = input;
  const f = new Findings(sources);

  for (const p of input.metaProblems) {
    const key = /^# (\w+):/.exec(p)?.[1] ?? '';
    const quoted = /"([^"]*)"\s*$/.exec(p)?.[1] ?? '';
    f.error(p, `# ${key}:`, quoted);
  }
  for (const b of meta.bases) {
    if (!input.numberBases.has(b.id)) {
      f.error(`base "${b.id}" has no number variable: declare it with VAR ${b.id} = 50`, `base: ${b.id}`);
    }
  }
  if (!meta.start || !meta.end) f.warn('the global tags give no # start: and # end: dates: survival cannot be measured', '# title:');

  const decisions: DecisionSummary[] = [];
  for (const seen of walk.decisions.values()) {
    decisions.push(summarise(seen, sources));
    for (const s of seen) checkDecision(s, input, f);
  }

  // The same id written in two places: the debrief and the saved logs could not tell them apart.
  const byId = new Map<string, { file: string; line: number }[]>();
  for (const t of sources.tags('decision')) byId.set(t.value, [...(byId.get(t.value) ?? []), t]);
  for (const [id, places] of byId) {
    if (places.length < 2) continue;
    for (const p of places.slice(1)) {
      const first = places[0];
      f.errors.push({ file: p.file, line: p.line, message: `decision id "${id}" is used twice (first at ${first.file}:${first.line})` });
    }
  }
  for (const [id, places] of byId) {
    if (!walk.decisions.has(id)) f.warnings.push({ ...places[0], message: `decision "${id}" is never reached` });
  }

  for (const g of walk.revealGaps) {
    const what = g.missing === 'reveal'
      ? 'is not followed by a "what really happened" text (lines tagged # reveal)'
      : 'has a "what really happened" text without a # source:';
    f.error(`decision "${g.decision}" ${what}, after the option "${g.option}"`, `decision: ${g.decision}`);
  }

  for (const tag of walk.lineTags) {
    const parsed = parseLineTags([tag]);
    for (const p of parsed.problems) f.error(p, tag);
    const t = parsed.value;
    for (const who of t.present ?? []) {
      if (!meta.cast.some((c) => c.id === who)) f.warn(`"${who}" in # present: is not declared as # cast:`, tag);
    }
    for (const who of [...Object.keys(t.moods), ...(t.speaker ? [t.speaker] : [])]) {
      if (!meta.cast.some((c) => c.id === who)) f.error(`"${who}" in # ${t.speaker === who ? 'speaker' : 'mood'}: is not declared as # cast:`, tag);
    }
  }
  const readings = checkReadings({ meta, walk, sources, historians: input.historians ?? null });
  f.errors.push(...readings.errors);
  f.warnings.push(...readings.warnings);
  const glossary = checkGlossary({ walk, sources, glossary: input.glossary ?? null });
  f.errors.push(...glossary.errors);
  f.warnings.push(...glossary.warnings);
  const study = checkStudyData({ walk, exam: input.exam ?? null, timeline: input.timeline ?? null });
  f.errors.push(...study.errors);
  f.warnings.push(...study.warnings);
  for (const e of walk.endings.values()) {
    if (e.kind === 'counterfactual' && !e.tellsHistory) {
      f.warn('a counterfactual ending should tell what really happened (lines tagged # reveal)', e.text.slice(0, 40));
    }
  }
  return { errors: f.errors, warnings: f.warnings, decisions };
}
