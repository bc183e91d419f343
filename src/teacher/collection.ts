// A class's collected result codes as this browser keeps them: one collection per class code
// (and one for codes collected before a class was chosen), kept in localStorage, saved to a
// file to carry to another computer. Pure: reading, writing and merging; the page stores them.
//
// Two tabs may change one collection: every write merges with what is stored first, and each
// tab merges what the other wrote (the storage event), so neither overwrites the other.
// "Remove all" is a time, not an empty list, so a merge does not bring the codes back.
import { type SourcedCode, type ValidWindow, uniqueCodes } from '../engine/class/ranking';

export interface StoredCode extends SourcedCode {
  /** When it was added here, ms since the epoch. */
  added: number;
}

export interface Collection {
  codes: StoredCode[];
  /** "Remove all" was last pressed then (0: never): codes added before it are gone. */
  clearedAt: number;
  window: ValidWindow;
  /** When the window was last set (0: never): the later setting wins a merge. */
  windowSetAt: number;
}

export const emptyCollection = (): Collection => ({ codes: [], clearedAt: 0, window: { from: null, until: null }, windowSetAt: 0 });

const PREFIX = 'thaw.teacher.class.';
/** The class code the page last worked on. */
export const CURRENT_KEY = 'thaw.teacher.current';

/** The storage key of a class's collection; '' for codes collected before a class was chosen. */
export const collectionKey = (classCode: string) => `${PREFIX}${classCode}`;
export const isCollectionKey = (key: string | null): key is string => key?.startsWith(PREFIX) ?? false;
/** Where a collection that could not be read is set aside, never deleted. */
export const damagedKey = (key: string, now: number) => `thaw.teacher.damaged.${new Date(now).toISOString()}.${key}`;

export function mergeCollections(a: Collection, b: Collection): Collection {
  const clearedAt = Math.max(a.clearedAt, b.clearedAt);
  const newer = b.windowSetAt > a.windowSetAt ? b : a;
  // Oldest first, so a code keeps where it was first collected.
  const all = [...a.codes, ...b.codes].filter((c) => c.added > clearedAt).sort((x, y) => x.added - y.added);
  return { codes: uniqueCodes(all).unique, clearedAt, window: newer.window, windowSetAt: newer.windowSetAt };
}

const FILE_TAG = 'thaw-teacher-collection';
const VERSION = 1;

export type CollectionRead = { ok: true; collection: Collection; classCode: string } | { ok: false; kind: 'not-json' | 'not-a-collection' | 'damaged' };

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isEnd = (v: unknown): v is number | null => v === null || isNum(v);

/** A collection as stored or saved, checked field by field: anything else is damaged. */
export function readCollection(text: string): CollectionRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, kind: 'not-json' };
  }
  if (typeof data !== 'object' || data === null || (data as { thaw?: unknown }).thaw !== FILE_TAG) return { ok: false, kind: 'not-a-collection' };
  const d = data as Record<string, unknown>;
  const w = d.window as Record<string, unknown> | null;
  const codes = d.codes;
  const good =
    d.version === VERSION && typeof d.classCode === 'string' && isNum(d.clearedAt) && isNum(d.windowSetAt) &&
    typeof w === 'object' && w !== null && isEnd(w.from) && isEnd(w.until) &&
    Array.isArray(codes) &&
    codes.every((c) => typeof c === 'object' && c !== null && typeof c.code === 'string' && typeof c.from === 'string' && isNum(c.added));
  if (!good) return { ok: false, kind: 'damaged' };
  return {
    ok: true,
    classCode: d.classCode as string,
    collection: {
      codes: (codes as StoredCode[]).map(({ code, from, added }) => ({ code, from, added })),
      clearedAt: d.clearedAt as number,
      window: { from: w.from as number | null, until: w.until as number | null },
      windowSetAt: d.windowSetAt as number,
    },
  };
}

export function writeCollection(classCode: string, c: Collection): string {
  return JSON.stringify({ thaw: FILE_TAG, version: VERSION, classCode, ...c });
}
