// Saves: the ink state, the decision log and the story's fingerprint, as JSON text.
// A save is untrusted input (it sits in the browser's storage, where anything can write):
// it is parsed and checked before the game touches it, and every rejection says why.
import { storyHash } from './hash';
import { isInkStateText } from './inkState';
import type { DecisionRecord, EndingRecord, GameRecord, Reveal, SpanRecord } from './record';
import { type Checkpoint, GameStory, type ProblemHandler, type SceneContext } from './story';

export const SAVE_FORMAT = 1;
/** Far above any real save; anything bigger is not ours. */
export const MAX_SAVE_CHARS = 2_000_000;

interface SaveFile {
  format: number;
  story: string;
  checkpoint: Checkpoint;
}

export type LoadResult = { ok: true; game: GameStory } | { ok: false; reason: string };

export function makeSave(game: GameStory): string {
  const file: SaveFile = { format: SAVE_FORMAT, story: game.hash, checkpoint: game.checkpointNow() };
  return JSON.stringify(file);
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isStrOrNull = (v: unknown) => v === null || isStr(v);
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr);
const isInt = (v: unknown): v is number => Number.isInteger(v);

function isReveal(v: unknown): v is Reveal {
  return isObj(v) && isStrArr(v.paragraphs) && isStrOrNull(v.source) && isStrArr(v.terms);
}

function isDecision(v: unknown): v is DecisionRecord {
  return (
    isObj(v) && isStr(v.id) && (v.kind === 'act' || v.kind === 'predict') && isStrOrNull(v.rival) &&
    isStr(v.prompt) && isStrOrNull(v.date) && isStrOrNull(v.chapter) && isStr(v.chosenText) &&
    isStrOrNull(v.actor) && typeof v.historical === 'boolean' && isStrOrNull(v.historicalText) &&
    Array.isArray(v.effects) && v.effects.every((e) => isObj(e) && isStr(e.base) && isInt(e.delta)) &&
    // Saves from before the historians' readings have no `reading`.
    (v.reading === undefined || isStrOrNull(v.reading)) &&
    (v.timedOut === undefined || typeof v.timedOut === 'boolean') &&
    isObj(v.power) && Object.values(v.power).every((n) => typeof n === 'number') &&
    (v.reveal === null || isReveal(v.reveal))
  );
}

function isEnding(v: unknown): v is EndingRecord {
  return isObj(v) && (v.kind === 'historical' || v.kind === 'counterfactual') && isStrOrNull(v.date) &&
    isStr(v.text) && isInt(v.afterDecisions);
}

function isSpan(v: unknown): v is SpanRecord {
  return isObj(v) && isStr(v.first) && isStrOrNull(v.stopAt) && isStrOrNull(v.start) && isStrOrNull(v.end);
}

function isRecord(v: unknown): v is GameRecord {
  return isObj(v) && Array.isArray(v.path) && v.path.every((i) => isInt(i) && i >= 0) &&
    Array.isArray(v.decisions) && v.decisions.every(isDecision) &&
    Array.isArray(v.endings) && v.endings.every(isEnding) &&
    (v.span === undefined || isSpan(v.span)) &&
    (v.timeouts === undefined || (Array.isArray(v.timeouts) && v.timeouts.every((i) => isInt(i) && i >= 0)));
}

function isContext(v: unknown): v is SceneContext {
  return isObj(v) && isStrOrNull(v.date) && isStrOrNull(v.place) && isStrArr(v.present) &&
    isStrOrNull(v.chapter) && isStrOrNull(v.scene);
}

/** Parse a save made by `makeSave` and resume the game from it, or say why it cannot be used. */
export function loadSave(text: string, compiled: string, onProblem?: ProblemHandler): LoadResult {
  const damaged = { ok: false, reason: 'The saved game is damaged and cannot be read.' } as const;
  if (text.length > MAX_SAVE_CHARS) return damaged;
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return damaged;
  }
  if (!isObj(file) || !isInt(file.format) || !isStr(file.story)) return damaged;
  if (file.format !== SAVE_FORMAT) {
    return { ok: false, reason: 'The saved game was made by a different version of Thaw and cannot be continued.' };
  }
  // Compare fingerprints before looking further: an older story's state would not fit.
  if (file.story !== storyHash(compiled)) {
    return { ok: false, reason: 'The saved game was made with an earlier version of the story, so it cannot be continued.' };
  }
  const cp = file.checkpoint;
  if (!isObj(cp) || !isStr(cp.inkState) || !isRecord(cp.record) || !isContext(cp.context)) return damaged;
  if (cp.revealDue !== undefined && typeof cp.revealDue !== 'boolean') return damaged;
  // Ink trusts its own saves: a damaged state can make it loop or throw turns later.
  if (!isInkStateText(cp.inkState)) return damaged;
  try {
    const game = new GameStory(compiled, { onProblem: onProblem });
    // Each saved variable must be one the story declares, of the kind it declares.
    const saved = Object.keys(JSON.parse(cp.inkState).variablesState);
    const kinds = saved.map((name) => typeof game.variable(name));
    game.restore(cp as unknown as Checkpoint);
    const fits = saved.every((name, i) => {
      const v = game.variable(name);
      return v !== null && v !== undefined && typeof v === kinds[i] && (typeof v !== 'number' || Number.isFinite(v));
    });
    return fits ? { ok: true, game } : damaged;
  } catch {
    return damaged;
  }
}
