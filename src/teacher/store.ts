// The page's collections in this browser's localStorage (see collection.ts for what is kept
// and how two tabs merge). A stored collection that cannot be read is set aside under another
// key, and the page is told: it is never silently dropped or written over.
import { type KeyValueStore, browserStore } from '../game/storage';
import {
  CURRENT_KEY, type Collection, collectionKey, damagedKey, emptyCollection, isCollectionKey, mergeCollections,
  readCollection, writeCollection,
} from './collection';

export interface Loaded {
  collection: Collection;
  /** Where an unreadable stored collection was set aside, if one was. */
  setAside: string | null;
}

export interface CollectionStore {
  load(classCode: string): Loaded;
  /** Merge `collection` with what is stored for the class, store the union and return it. */
  save(classCode: string, collection: Collection): Collection;
  currentClass(): string;
  setCurrentClass(classCode: string): void;
  /** Told when another tab changed a class's collection. */
  onOtherTab(listener: (classCode: string) => void): void;
}

export function collectionStore(store: KeyValueStore = browserStore(), now: () => number = Date.now): CollectionStore {
  const load = (classCode: string): Loaded => {
    const key = collectionKey(classCode);
    const text = store.get(key);
    if (text === null) return { collection: emptyCollection(), setAside: null };
    const read = readCollection(text);
    if (read.ok) return { collection: read.collection, setAside: null };
    const aside = damagedKey(key, now());
    store.set(aside, text);
    store.remove(key);
    return { collection: emptyCollection(), setAside: aside };
  };
  return {
    load,
    save(classCode, collection) {
      // What another tab stored since, merged in; an unreadable one is set aside by load.
      const merged = mergeCollections(load(classCode).collection, collection);
      store.set(collectionKey(classCode), writeCollection(classCode, merged));
      return merged;
    },
    currentClass: () => store.get(CURRENT_KEY) ?? '',
    setCurrentClass: (classCode) => store.set(CURRENT_KEY, classCode),
    onOtherTab(listener) {
      window.addEventListener('storage', (e) => {
        if (isCollectionKey(e.key)) listener(e.key.slice(collectionKey('').length));
      });
    },
  };
}
