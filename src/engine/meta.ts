// What a story says about itself in its global tags (the tags at the top of main.ink):
// its power bases, its cast, the historians' readings and its rank titles. The engine learns
// them here and nowhere else.
import { parseDate } from './dates';
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

export interface StoryMeta {
  title: string | null;
  /** The span survival is measured on, as written in the story. */
  start: string | null;
  end: string | null;
  bases: Named[];
  cast: Named[];
  /** The historians' readings an option can support (`# reading:`), explained in story/historians.json. */
  readings: Named[];
  ranks: Rank[];
}

function named(value: string, tag: string): Named | string {
  const m = /^([a-z][a-z0-9_]*)\s*=\s*(.+)$/.exec(value);
  return m ? { id: m[1], label: m[2].trim() } : `# ${tag}: should look like "${tag}: id = Label", not "${value}"`;
}

export function parseStoryMeta(raw: readonly string[]): Parsed<StoryMeta> {
  const meta: StoryMeta = { title: null, start: null, end: null, bases: [], cast: [], readings: [], ranks: [] };
  const problems: string[] = [];
  for (const { key, value } of raw.map(parseTag)) {
    if (key === 'title') meta.title = value;
    else if (key === 'start' || key === 'end') {
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
  meta.ranks.sort((a, b) => b.min - a.min);
  return { value: meta, problems };
}

export function labelOf(list: readonly Named[], id: string | null): string {
  if (!id) return '';
  // Someone present but not in the cast still gets a readable name: "kaganovich" → "Kaganovich".
  return list.find((n) => n.id === id)?.label ?? id.charAt(0).toUpperCase() + id.slice(1).replace(/_/g, ' ');
}
