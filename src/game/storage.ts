// The browser's localStorage, or nothing: storage can be blocked (private windows, sandboxed
// iframes in a learning platform), and a blocked store must never stop the game.

/** Where the game in progress is saved (src/game/session.ts writes it); the last finished one stays until the next starts. */
export const SAVE_KEY = 'thaw.save';
/** The last finished game's result code: set when its debrief opens, removed when the next game starts. */
export const LAST_KEY = 'thaw.last';
/** The screen the player is on, so that a reload (or a discarded tab) returns there. */
export const SCREEN_KEY = 'thaw.screen';
/** 'class' and 'class-debrief': a whole-class game on screen, the one `CLASS_ON_SCREEN_KEY` names. */
export type Screen = 'title' | 'play' | 'debrief' | 'class' | 'class-debrief';

/**
 * Whole-class games (engine/wholeClass.ts) each have a key of their own, apart from the
 * student's lesson (`SAVE_KEY`), so three classes and a student on the same room computer never
 * overwrite each other. `CLASS_LIST_KEY` lists their names.
 */
export const CLASS_LIST_KEY = 'thaw.classes';
export const CLASS_ON_SCREEN_KEY = 'thaw.classOnScreen';
export const classSaveKey = (name: string) => `thaw.class:${name.toLowerCase()}`;

export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

export function browserStore(): KeyValueStore {
  const store = (() => {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null;
    }
  })();
  const attempt = <T>(f: () => T, fallback: T): T => {
    try {
      return store ? f() : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    get: (key) => attempt(() => store?.getItem(key) ?? null, null),
    set: (key, value) => attempt(() => store?.setItem(key, value), undefined),
    remove: (key) => attempt(() => store?.removeItem(key), undefined),
  };
}

/**
 * A store that lasts as long as the page: in a learning platform, where room computers share
 * the platform's origin between students, the game keeps nothing in the browser (the platform
 * keeps the progress: src/game/platform.ts).
 */
export function pageStore(): KeyValueStore {
  const data = new Map<string, string>();
  return {
    get: (key) => data.get(key) ?? null,
    set: (key, value) => {
      data.set(key, value);
    },
    remove: (key) => {
      data.delete(key);
    },
  };
}
