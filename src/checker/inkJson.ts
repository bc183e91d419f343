// What the checker needs to know from a compiled story's JSON that the runtime does not say:
// which variables the story ever reads, whether it reads the turn counter, and how to make
// ink count visits to every knot so the walk can tell which were reached.

export interface InkJsonFacts {
  /** Global variables read anywhere (conditions, text, ref arguments). */
  readVariables: Set<string>;
  /** TURNS() is used: the absolute turn number can change what happens. */
  readsTurnNumber: boolean;
}

export function inkJsonFacts(json: string): InkJsonFacts {
  const readVariables = new Set<string>();
  for (const m of json.matchAll(/"(?:VAR\?|\^var)":\s*"([^"]+)"/g)) readVariables.add(m[1]);
  return { readVariables, readsTurnNumber: /"turn"/.test(json) };
}

type Container = unknown[];
type Terminator = Record<string, unknown> | null;

function terminatorOf(c: Container): Terminator {
  const last = c[c.length - 1];
  return typeof last === 'object' && last !== null && !Array.isArray(last) ? (last as Record<string, unknown>) : null;
}

function child(c: Container, name: string): Container | null {
  const t = terminatorOf(c);
  const v = t?.[name];
  return Array.isArray(v) ? v : null;
}

export interface CountedStory {
  json: string;
  /** Paths that ink will now count and did not before: their counts cannot change the story. */
  added: Set<string>;
  /** Paths found in the story and now counted. */
  tracked: string[];
}

/**
 * The same story, with ink told to count visits to the given knots and stitches. Counting
 * changes nothing a player sees; it only lets the walk ask afterwards whether a knot was entered.
 */
export function countVisits(json: string, paths: readonly string[]): CountedStory {
  const story = JSON.parse(json) as { root: Container };
  const added = new Set<string>();
  const tracked: string[] = [];
  for (const path of paths) {
    let c: Container | null = story.root;
    for (const name of path.split('.')) c = c ? child(c, name) : null;
    if (!c) continue;
    tracked.push(path);
    let t = terminatorOf(c);
    if (!t) {
      t = {};
      if (c[c.length - 1] === null) c[c.length - 1] = t;
      else c.push(t);
    }
    const flags = typeof t['#f'] === 'number' ? (t['#f'] as number) : 0;
    if ((flags & 1) === 0) added.add(path);
    t['#f'] = flags | 1;
  }
  return { json: JSON.stringify(story), added, tracked };
}
