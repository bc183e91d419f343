// What a story says about itself in its global tags (the tags at the top of main.ink): its
// title and introduction, its power bases and their range, its cast, the historians' readings,
// its rank titles, its music and the debrief's scene. The engine learns them here and nowhere
// else; story/README.md documents each tag.
import { type StoryDate, dayNumber, parseDate } from './dates';
import { type Parsed, parseTag } from './tags';

export interface Named {
  id: string;
  label: string;
}

export interface Rank {
  /** The lowest final score (0–100) that earns this title. */
  min: number;
  title: string;
}

/** From `# music: March 1953 = 1953`: the ambient bed (a name in assets/sound/loops.json) from that date on. */
export interface MusicCue {
  from: string;
  bed: string;
}

export interface StoryMeta {
  title: string | null;
  /** A line under the title on the title screen. */
  subtitle: string | null;
  /** A short paragraph on the title screen: who the player is and what is scored. */
  intro: string | null;
  /** The range every power base is kept in (`# power: 0 to 100`). */
  power: { min: number; max: number };
  /** In date order. */
  music: MusicCue[];
  /** The kind of place (a `# scene:` kind) behind the debrief. */
  debriefScene: string | null;
  /** The cast member the player plays (`# player: khrushchev`), or null. */
  player: Named | null;
  /** The span survival is measured on, as written in the story. */
  start: string | null;
  end: string | null;
  bases: Named[];
  cast: Named[];
  /** The historians' readings an option can support (`# reading:`), explained in story/historians.json. */
  readings: Named[];
  ranks: Rank[];
}

/** Where a story gives no `# power:` range. */
const DEFAULT_POWER = { min: 0, max: 100 };

function named(value: string, tag: string): Named | string {
  const m = /^([a-z][a-z0-9_]*)\s*=\s*(.+)$/.exec(value);
  return m ? { id: m[1], label: m[2].trim() } : `# ${tag}: should look like "${tag}: id = Label", not "${value}"`;
}

export function parseStoryMeta(raw: readonly string[]): Parsed<StoryMeta> {
  const meta: StoryMeta = {
    title: null, subtitle: null, intro: null, power: { ...DEFAULT_POWER }, music: [], debriefScene: null, player: null,
    start: null, end: null, bases: [], cast: [], readings: [], ranks: [],
  };
  const problems: string[] = [];
  let player: string | null = null;
  for (const { key, value } of raw.map(parseTag)) {
    if (key === 'title') meta.title = value;
    else if (key === 'subtitle') meta.subtitle = value;
    else if (key === 'intro') meta.intro = value;
    else if (key === 'debrief') meta.debriefScene = value;
    else if (key === 'player') player = value;
    else if (key === 'power') {
      const m = /^(-?\d+)\s+to\s+(-?\d+)$/.exec(value);
      if (m && Number(m[1]) < Number(m[2])) meta.power = { min: Number(m[1]), max: Number(m[2]) };
      else problems.push(`# power: should look like "power: 0 to 100", not "${value}"`);
    } else if (key === 'music') {
      const m = /^(.+?)\s*=\s*([A-Za-z0-9_-]+)$/.exec(value);
      if (m && parseDate(m[1])) meta.music.push({ from: m[1], bed: m[2] });
      else problems.push(`# music: should look like "music: March 1953 = bed", not "${value}"`);
    } else if (key === 'start' || key === 'end') {
      if (parseDate(value)) meta[key] = value;
      else problems.push(`# ${key}: "${value}" is not a date such as "5 March 1953"`);
    } else if (key === 'base' || key === 'cast' || key === 'reading') {
      const n = named(value, key);
      if (typeof n === 'string') problems.push(n);
      else (key === 'base' ? meta.bases : key === 'cast' ? meta.cast : meta.readings).push(n);
    } else if (key === 'rank') {
      const m = /^(\d{1,3})\s*=\s*(.+)$/.exec(value);
      if (m && Number(m[1]) <= 100) meta.ranks.push({ min: Number(m[1]), title: m[2].trim() });
      else problems.push(`# rank: should look like "rank: 80 = Title" with a score from 0 to 100, not "${value}"`);
    }
  }
  // The cast may be declared after the player: look the player up once all of it is in.
  if (player !== null) {
    meta.player = meta.cast.find((c) => c.id === player) ?? null;
    if (!meta.player) problems.push(`# player: "${player}" is not in the cast (declare it with # cast: ${player} = Name)`);
  }
  meta.ranks.sort((a, b) => b.min - a.min);
  meta.music.sort((a, b) => dayNumber(parseDate(a.from) as StoryDate) - dayNumber(parseDate(b.from) as StoryDate));
  return { value: meta, problems };
}

export function labelOf(list: readonly Named[], id: string | null): string {
  if (!id) return '';
  // Someone present but not in the cast still gets a readable name: "kaganovich" → "Kaganovich".
  return list.find((n) => n.id === id)?.label ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ');
}

/** The ambient bed for a date (the latest cue begun by then; before the first cue, the first), or null with no music. */
export function musicAt(meta: StoryMeta, date: string | null): string | null {
  const day = date ? parseDate(date) : null;
  if (!day) return null;
  const now = dayNumber(day);
  const begun = meta.music.filter((c) => dayNumber(parseDate(c.from) as StoryDate) <= now);
  return (begun.at(-1) ?? meta.music[0])?.bed ?? null;
}
