// What the stage shows, decided from the story's tags and the mode's rules: who is in the room,
// how each looks, who is picked out, and what lies on the table (the front page that opens a
// chapter, the archive file of a decision's card, the mark of a counterfactual ending). The
// Phaser stage draws this and the HTML says it in words; neither decides it.
//
// - The room is `# present:`; a new room (other people, or another kind of place) starts calm.
// - `# mood: beria = stern` on a line changes moods while its segment is on screen, and after.
// - `# speaker:` on a line picks out who speaks, while its segment is on screen. At a "read your rival" decision the rival is
//   picked out (theirs is the move to read); a choice picks out its option's `# actor:`.
// - The choice itself draws a reaction (its option's `# mood:` and actor) in a lesson only. In a
//   competition every option draws the same reaction, none, so the stage never tells whether a
//   choice matched history before the debrief. What the stage shows after that follows the text
//   on screen, which the class's rules already hold back (modes.ts visibleTurn).
import type { ModeRules } from './modes';
import type { DecisionView, Segment } from './story';
import type { ChoiceTags, EndingKind, Moods } from './tags';

/** Everyone starts in this mood, and goes back to it in a new room. */
export const CALM = 'calm';

/**
 * Why someone is picked out: they speak (`# speaker:`); theirs is the move (the rival whose next
 * step the player predicts); or the player's choice followed their line (the option's `# actor:`,
 * which says whose argument an option follows, not who acts in its outcome).
 */
export type Focus = 'speaks' | 'acts' | 'followed';

export interface StagePerson {
  id: string;
  mood: string;
  focus: Focus | null;
}

export interface StageState {
  /** The kind of place (`# scene:`), which decides where the people are: at a table, on a platform. */
  scene: string | null;
  people: StagePerson[];
  /** A chapter opens: the front page of its date. */
  front: { headline: string; date: string | null } | null;
  /** A decision's "what really happened" card: its archive file, stamped. */
  file: { heading: string | null; date: string | null } | null;
  ending: EndingKind | null;
}

/** How the room reacts to a choice: moods, and who is picked out for it (null: nobody). */
export interface Reaction {
  moods: Moods;
  actor: string | null;
}

export const NO_REACTION: Reaction = { moods: {}, actor: null };

export function emptyStage(): StageState {
  return { scene: null, people: [], front: null, file: null, ending: null };
}

/**
 * The reaction a choice draws: its own in a lesson, the same for every option in a competition
 * (null `choice`: nobody chose, the time ran out).
 */
export function choiceReaction(rules: ModeRules, choice: ChoiceTags | null): Reaction {
  if (!choice || rules.mode === 'competition') return NO_REACTION;
  return { moods: { ...choice.moods }, actor: choice.actor };
}

function withMoods(people: StagePerson[], moods: Moods): StagePerson[] {
  return people.map((p) => (moods[p.id] ? { ...p, mood: moods[p.id] } : p));
}

/** Pick out `who` (if in the room) for `focus`, and nobody else. */
function picking(people: StagePerson[], who: string | null, focus: Focus): StagePerson[] {
  return people.map((p) => ({ ...p, focus: p.id === who ? focus : null }));
}

/** The room after the player's choice, before the next segment is on screen. */
export function reactTo(before: StageState, r: Reaction): StageState {
  return { ...before, people: picking(withMoods(before.people, r.moods), r.actor, 'followed') };
}

/**
 * The stage while `seg` is on screen. `heading`: the decision its card (if it is one) tells of.
 * The same people in the same place keep their moods and focus from `before`.
 */
export function stageFor(before: StageState, seg: Segment, heading: string | null = null): StageState {
  const { present, scene, chapter, date } = seg.context;
  const sameRoom = scene === before.scene && present.length === before.people.length && present.every((id, i) => before.people[i].id === id);
  let people = sameRoom ? before.people : present.map((id) => ({ id, mood: CALM, focus: null }));
  people = withMoods(people, seg.moods);
  // Whoever spoke in the last segment has finished; whoever acted stays picked out.
  if (seg.speaker) people = picking(people, seg.speaker, 'speaks');
  else people = people.map((p) => (p.focus === 'speaks' ? { ...p, focus: null } : p));
  return {
    scene,
    people,
    front: seg.opensChapter ? { headline: chapter ?? seg.opensChapter, date } : null,
    file: seg.kind === 'reveal' ? { heading, date } : null,
    ending: seg.kind === 'ending' ? (seg.ending ?? before.ending) : null,
  };
}

/** The stage as a decision's options appear: a rival's move to read picks out the rival; else nobody. */
export function stageAtDecision(before: StageState, decision: DecisionView): StageState {
  const rival = decision.kind === 'predict' ? decision.rival : null;
  return { ...before, people: picking(before.people, rival, 'acts') };
}
