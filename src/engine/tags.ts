// The tag conventions of story/README.md, parsed once into typed values. Each parser returns
// what it understood and a list of problems in words an author can act on; the game plays on
// regardless, and the story checker reports the problems.

export interface Tag {
  key: string;
  value: string;
}

export interface Effect {
  base: string;
  delta: number;
}

/**
 * A decision whose outcome turns on one power base: below `line` after the choice, the player
 * falls (the story's own ink condition, `base < line`, does the falling).
 */
export interface Stake {
  base: string;
  line: number;
}

export type DecisionKind = 'act' | 'predict';
export type EndingKind = 'historical' | 'counterfactual';

export interface LineTags {
  date: string | null;
  place: string | null;
  present: string[] | null;
  chapter: string | null;
  scene: string | null;
  reveal: boolean;
  source: string | null;
  terms: string[];
  decision: string | null;
  /** What is decided, in a few words ("Arrest Beria?"): the decision's heading in the debrief. */
  heading: string | null;
  kind: DecisionKind | null;
  rival: string | null;
  ending: EndingKind | null;
  stake: Stake | null;
  /** `# mood: beria = stern`: how people in the room look from this line on (see stage.ts). */
  moods: Moods;
  /** `# speaker: beria`: who speaks in this line, picked out on the stage. */
  speaker: string | null;
}

/** Person id → mood (`calm`, `stern`: a portrait set in assets/art/portraits). */
export type Moods = Record<string, string>;

export interface ChoiceTags {
  actor: string | null;
  historical: boolean;
  effects: Effect[];
  /** The historians' reading (a `# reading:` id of the global tags) this option supports. */
  reading: string | null;
  /** `# timeout`: the option the story follows when a competition's time limit runs out. */
  timeout: boolean;
  /**
   * The passage of the historians' notes that says so (`# reading: break @tucker1957`): an id
   * of the `passages` in story/historians.json. The story checker refuses a reading without one.
   */
  passage: string | null;
  /** "Continue as history really went": the power bases go back to where history had them. */
  rejoin: boolean;
  /** `# mood: beria = stern`: how the people in the room react to this choice (see stage.ts). */
  moods: Moods;
}

export interface Parsed<T> {
  value: T;
  problems: string[];
}

/** "key: value" → {key, value}; a bare word such as "historical" has an empty value. */
export function parseTag(raw: string): Tag {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text.toLowerCase(), value: '' };
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}

const ID = /^[a-z][a-z0-9_]*$/;

function idProblem(what: string, value: string): string[] {
  return ID.test(value) ? [] : [`${what} "${value}" should be lower case letters, digits and _ (for example beria_arrest)`];
}

function list(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** "beria = stern, malenkov = calm" → moods. */
export function parseMoods(value: string): Parsed<Moods> {
  const moods: Moods = {};
  const problems: string[] = [];
  for (const part of list(value)) {
    const m = /^([a-z][a-z0-9_]*)\s*=\s*([a-z][a-z0-9_]*)$/.exec(part);
    if (m) moods[m[1]] = m[2];
    else problems.push(`mood "${part}" should look like "beria = stern": a person, "=", and a mood`);
  }
  if (Object.keys(moods).length === 0 && problems.length === 0) problems.push('mood tag is empty');
  return { value: moods, problems };
}

/** "party +5, army -3" → effects. */
export function parseEffects(value: string): Parsed<Effect[]> {
  const effects: Effect[] = [];
  const problems: string[] = [];
  for (const part of list(value)) {
    const m = /^([a-z][a-z0-9_]*)\s*([+-]\s*\d+)$/.exec(part);
    if (!m) {
      problems.push(`effect "${part}" should look like "army +5" or "people -10"`);
      continue;
    }
    effects.push({ base: m[1], delta: Number(m[2].replace(/\s/g, '')) });
  }
  if (effects.length === 0 && problems.length === 0) problems.push('effect tag is empty');
  return { value: effects, problems };
}

export function parseLineTags(raw: readonly string[]): Parsed<LineTags> {
  const t: LineTags = {
    date: null, place: null, present: null, chapter: null, scene: null,
    reveal: false, source: null, terms: [], decision: null, heading: null, kind: null, rival: null, ending: null, stake: null,
    moods: {}, speaker: null,
  };
  const problems: string[] = [];
  for (const { key, value } of raw.map(parseTag)) {
    switch (key) {
      case 'date': case 'place': case 'chapter': case 'scene': case 'source': case 'heading':
        if (!value) problems.push(`# ${key}: needs a value`);
        else t[key] = value;
        break;
      case 'present':
        t.present = list(value);
        for (const who of t.present) problems.push(...idProblem('person', who));
        break;
      case 'reveal':
        t.reveal = true;
        break;
      case 'term':
        if (value) t.terms.push(value);
        else problems.push('# term: needs a value');
        break;
      case 'decision':
        t.decision = value;
        problems.push(...idProblem('decision id', value));
        break;
      case 'kind':
        if (value === 'act' || value === 'predict') t.kind = value;
        else problems.push(`# kind: must be "act" or "predict", not "${value}"`);
        break;
      case 'rival':
        t.rival = value;
        problems.push(...idProblem('rival', value));
        break;
      case 'speaker':
        t.speaker = value;
        problems.push(...idProblem('speaker', value));
        break;
      case 'mood': {
        const m = parseMoods(value);
        Object.assign(t.moods, m.value);
        problems.push(...m.problems);
        break;
      }
      case 'stake': {
        const m = /^([a-z][a-z0-9_]*)\s+(\d+)$/.exec(value);
        if (m) t.stake = { base: m[1], line: Number(m[2]) };
        else problems.push(`# stake: should name a base and its line, as in "party 85", not "${value}"`);
        break;
      }
      case 'ending':
        if (value === 'historical' || value === 'counterfactual') t.ending = value;
        else problems.push(`# ending: must be "historical" or "counterfactual", not "${value}"`);
        break;
    }
  }
  return { value: t, problems };
}

export function parseChoiceTags(raw: readonly string[]): Parsed<ChoiceTags> {
  const t: ChoiceTags = { actor: null, historical: false, effects: [], reading: null, passage: null, timeout: false, rejoin: false, moods: {} };
  const problems: string[] = [];
  for (const { key, value } of raw.map(parseTag)) {
    if (key === 'actor') {
      t.actor = value;
      problems.push(...idProblem('actor', value));
    } else if (key === 'historical') {
      t.historical = true;
    } else if (key === 'timeout') {
      t.timeout = true;
    } else if (key === 'rejoin') {
      t.rejoin = true;
    } else if (key === 'mood') {
      const m = parseMoods(value);
      Object.assign(t.moods, m.value);
      problems.push(...m.problems);
    } else if (key === 'effect') {
      const e = parseEffects(value);
      t.effects.push(...e.value);
      problems.push(...e.problems);
    } else if (key === 'reading') {
      if (t.reading !== null) problems.push(`an option supports one reading: "${t.reading}" and "${value}" are both given`);
      const m = /^(\S+)(?:\s+@(\S+))?$/.exec(value);
      t.reading = m ? m[1] : value;
      t.passage = m?.[2] ?? null;
      problems.push(...idProblem('reading', t.reading));
      if (t.passage !== null) problems.push(...idProblem('passage', t.passage));
    }
  }
  return { value: t, problems };
}
