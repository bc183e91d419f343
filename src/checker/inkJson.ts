// What the checker needs to know from a compiled story's JSON that the runtime does not say:
// which variables the story ever reads, whether it reads the turn counter, and how to make
// ink count visits to every knot so the walk can tell which were reached.

export interface InkJsonFacts {
  /** Global variables read anywhere (conditions, text, ref arguments). */
  readVariables: Set<string>;
  /** TURNS() is used: the absolute turn number can change what happens. */
  readsTurnNumber: boolean;
  /** TURNS_SINCE() is used: ink keeps turn indices the state key must look at. */
  readsTurnsSince: boolean;
}

export function inkJsonFacts(json: string): InkJsonFacts {
  const readVariables = new Set<string>();
  for (const m of json.matchAll(/"(?:VAR\?|\^var)":\s*"([^"]+)"/g)) readVariables.add(m[1]);
  return { readVariables, readsTurnNumber: /"turn"/.test(json), readsTurnsSince: /"turns"/.test(json) };
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

export interface FallbackStory {
  json: string;
  /** EXTERNAL functions the story calls that have no ink function of the same name. */
  missing: string[];
}

/**
 * The same story with each call to an EXTERNAL function made a call to its ink fallback (the
 * `=== function` of the same name), as inkle's own players do when no game binds it: ink
 * then plays the fallback exactly as it would with fallbacks allowed.
 */
export function useExternalFallbacks(json: string): FallbackStory {
  const story = JSON.parse(json) as { root: Container };
  const knots = terminatorOf(story.root) ?? {};
  const missing = new Set<string>();
  let changed = false;
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        const o = item as Record<string, unknown> | null;
        if (o && typeof o === 'object' && !Array.isArray(o) && typeof o['x()'] === 'string') {
          const name = o['x()'];
          if (Array.isArray(knots[name])) {
            v[i] = { 'f()': name };
            changed = true;
          } else missing.add(name);
        } else visit(item);
      });
    } else if (v && typeof v === 'object') {
      for (const x of Object.values(v)) visit(x);
    }
  };
  visit(story.root);
  return { json: changed ? JSON.stringify(story) : json, missing: [...missing].sort() };
}

/**
 * Which variables and visit counts the story can still read, seen from each container. Variables:
 * every read (`VAR?`, and `ref` arguments). Counts: the read counts
 * (`{knot}`, `TURNS_SINCE`, ...), the once-only choices (ink checks the count of a choice's
 * target before offering it again) and sequences (`{a|b}` read their own count), followed
 * along every way control can go (content, diverts, choices, tunnels, functions, threads).
 * Sound by over-approximation: a divert to a variable may go to any address the story takes
 * (but for the compiler's own `$r`, followed exactly), and a position inside a container counts
 * as the whole container.
 */
export interface CountLiveness {
  /**
   * Counts readable from anywhere in the container at this path, or after it; and the
   * variables (global, or temporary: a temporary left over from a knot ink has diverted out of
   * stays on its call stack) read there or after, as `$name`.
   */
  liveFrom(containerPath: string): ReadonlySet<string>;
  /** Every count the story reads somewhere. */
  observed: ReadonlySet<string>;
}

interface GraphNode {
  parent: string | null;
  byIndex: Map<number, string>;
  byName: Map<string, string>;
  /** Raw targets, resolved once the whole tree is known. */
  targets: string[];
  readTargets: string[];
  reads: Set<string>;
  succ: Set<string>;
  /** Diverts to a variable holding an address: any address the story takes (see `$r` below). */
  variableDivert: boolean;
  /** Diverts to `$r`, ink's return address from a choice's shared start text. */
  returnDivert: boolean;
  /** Raw addresses this container stores in `$r` before diverting into that shared text. */
  returnAddresses: string[];
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

export function countLiveness(json: string): CountLiveness {
  const story = JSON.parse(json) as { root: Container };
  const nodes = new Map<string, GraphNode>();
  const addressTaken: string[] = [];

  const visit = (c: Container, path: string, parent: string | null, inContent: boolean) => {
    const node: GraphNode = {
      parent, byIndex: new Map(), byName: new Map(), targets: [], readTargets: [], reads: new Set(), succ: new Set(),
      variableDivert: false, returnDivert: false, returnAddresses: [],
    };
    let lastAddress: string | null = null;
    nodes.set(path, node);
    // Falling off the end of a container goes on in its parent (named-only ones stop).
    if (inContent && parent !== null) node.succ.add(parent);
    const term = terminatorOf(c);
    const content = c.slice(0, -1);
    content.forEach((item, i) => {
      if (Array.isArray(item)) {
        const name = (terminatorOf(item)?.['#n'] as string | undefined) ?? String(i);
        const p = join(path, name);
        node.byIndex.set(i, p);
        node.byName.set(name, p);
        node.succ.add(p);
        visit(item, p, path, true);
      } else if (item === 'visit') {
        node.reads.add(path);
      } else if (typeof item === 'object' && item !== null) {
        const o = item as Record<string, unknown>;
        for (const k of ['->', 'f()', '->t->']) {
          if (typeof o[k] !== 'string') continue;
          // `-> x` and `-> x ->` where x is a variable holding an address: not a path.
          if (o.var) {
            // The variable itself is read. `$r` is the compiler's own (see `returnAddresses`):
            // always set just before, so it is live only inside the text that reads it.
            if (o[k] === '$r') node.returnDivert = true;
            else {
              node.reads.add(`$${o[k]}`);
              node.variableDivert = true;
            }
          } else node.targets.push(o[k] as string);
        }
        // A choice's text before its "[" is compiled once and shared by the choice point and
        // the chosen branch: each stores where to come back in `$r` ({"^->": …}, then
        // {"temp=": "$r"}) and diverts into it; it ends with a divert to `$r`. Following that
        // divert to those addresses alone, not to every address the story takes, keeps one
        // choice's text from making the whole story live.
        if (o['temp='] === '$r' && lastAddress !== null) node.returnAddresses.push(lastAddress);
        if (typeof o['*'] === 'string') {
          node.targets.push(o['*']);
          // Flag 16: once only. Ink reads the target's count before offering it again.
          if (typeof o.flg === 'number' && (o.flg & 16) !== 0) node.readTargets.push(o['*']);
        }
        if (typeof o['CNT?'] === 'string') node.readTargets.push(o['CNT?']);
        for (const k of ['VAR?', '^var']) if (typeof o[k] === 'string') node.reads.add(`$${o[k]}`);
        // Setting a temporary again looks at it first: it may be a `ref` to another variable.
        if (typeof o['temp='] === 'string' && o.re) node.reads.add(`$${o['temp=']}`);
        if (typeof o['^->'] === 'string') {
          addressTaken.push(`${path}\u0000${o['^->']}`);
          lastAddress = o['^->'];
        }
      }
    });
    if (term) {
      for (const [name, v] of Object.entries(term)) {
        if (Array.isArray(v) && !name.startsWith('#')) {
          const p = join(path, name);
          node.byName.set(name, p);
          visit(v, p, path, false);
        }
      }
    }
  };
  visit(story.root, '', null, false);

  /** The container a path points into (a path ending in an index points inside one). */
  const resolve = (from: string, target: string): string | null => {
    let at: string | null;
    let comps: string[];
    if (target.startsWith('.')) {
      // Relative to the object's own container: ink drops the first "^".
      comps = target.split('.').slice(2);
      at = from;
    } else {
      comps = target.split('.');
      at = '';
    }
    for (const comp of comps) {
      const node: GraphNode | undefined = at === null ? undefined : nodes.get(at);
      if (!node) return null;
      if (comp === '^') at = node.parent;
      else if (/^\d+$/.test(comp)) {
        const child = node.byIndex.get(Number(comp));
        if (!child) return at;
        at = child;
      } else at = node.byName.get(comp) ?? null;
    }
    return at;
  };

  const observed = new Set<string>();
  const taken = new Set<string>();
  for (const a of addressTaken) {
    const [from, target] = a.split('\u0000');
    const p = resolve(from, target);
    // An address can reach TURNS_SINCE or READ_COUNT: its count is read.
    if (p !== null) {
      taken.add(p);
      observed.add(p);
    }
  }
  let unresolved = false;
  for (const [path, node] of nodes) {
    for (const t of node.targets) {
      const p = resolve(path, t);
      if (p === null) unresolved = true;
      else node.succ.add(p);
    }
    for (const t of node.readTargets) {
      const p = resolve(path, t);
      if (p === null) unresolved = true;
      else node.reads.add(p);
    }
    if (node.variableDivert) for (const p of taken) node.succ.add(p);
    for (const r of node.reads) observed.add(r);
  }
  // `$r`: from the shared text back to the addresses stored by whoever diverts into it. Any
  // other way into a container that diverts to `$r` (none that ink compiles) falls back to
  // every address taken.
  const returnsTo = new Map<string, Set<string> | 'any'>();
  for (const [path, node] of nodes) {
    const back = node.returnAddresses.map((a) => resolve(path, a));
    for (const t of node.targets) {
      const into = resolve(path, t);
      if (into === null || !nodes.get(into)?.returnDivert) continue;
      const set = returnsTo.get(into) ?? new Set<string>();
      if (set === 'any' || back.length === 0 || back.includes(null)) {
        returnsTo.set(into, 'any');
        continue;
      }
      for (const b of back) set.add(b as string);
      returnsTo.set(into, set);
    }
  }
  const returnText = new Set<string>();
  for (const [path, node] of nodes) {
    if (!node.returnDivert) continue;
    returnText.add(path);
    const back = returnsTo.get(path);
    for (const p of back === undefined || back === 'any' ? taken : back) node.succ.add(p);
  }

  // live(n) = reads(n) ∪ live of every successor: Tarjan's components, sinks first.
  const live = new Map<string, Set<string>>();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  let counter = 0;
  for (const root of nodes.keys()) {
    if (index.has(root)) continue;
    const work: [string, string[]][] = [];
    const enter = (n: string) => {
      index.set(n, counter);
      low.set(n, counter++);
      stack.push(n);
      onStack.add(n);
      work.push([n, [...(nodes.get(n)?.succ ?? [])]]);
    };
    enter(root);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const [n, pending] = top;
      const next = pending.pop();
      if (next !== undefined) {
        if (!nodes.has(next)) continue;
        if (!index.has(next)) enter(next);
        else if (onStack.has(next)) low.set(n, Math.min(low.get(n) as number, index.get(next) as number));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const p = work[work.length - 1][0];
        low.set(p, Math.min(low.get(p) as number, low.get(n) as number));
      }
      if (low.get(n) === index.get(n)) {
        const members: string[] = [];
        let m: string;
        do {
          m = stack.pop() as string;
          onStack.delete(m);
          members.push(m);
        } while (m !== n);
        const set = new Set<string>();
        for (const x of members) {
          const node = nodes.get(x) as GraphNode;
          for (const r of node.reads) set.add(r);
          for (const s of node.succ) {
            const ls = live.get(s);
            if (ls) for (const r of ls) set.add(r);
          }
        }
        for (const x of members) live.set(x, set);
      }
    }
  }

  const withReturn = new Map<ReadonlySet<string>, ReadonlySet<string>>();
  const inReturnText = (path: string) => {
    for (let p = path; ; p = p.slice(0, p.lastIndexOf('.'))) {
      if (returnText.has(p)) return true;
      if (!p.includes('.')) return false;
    }
  };
  const liveAt = (containerPath: string): ReadonlySet<string> => {
    if (unresolved) return observed;
    let p = containerPath;
    for (;;) {
      const l = live.get(p);
      if (l) return l;
      const dot = p.lastIndexOf('.');
      if (dot < 0) return live.get('') ?? observed;
      p = p.slice(0, dot);
    }
  };
  return {
    observed,
    liveFrom(containerPath: string): ReadonlySet<string> {
      const l = liveAt(containerPath);
      if (!inReturnText(containerPath)) return l;
      let r = withReturn.get(l);
      if (!r) {
        r = new Set([...l, '$$r']);
        withReturn.set(l, r);
      }
      return r;
    },
  };
}
