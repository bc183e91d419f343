// The compiled story and the engine that runs it (inkjs): loaded by the flow (src/game/flow.ts)
// after the title is on screen, since the title needs neither unless there is a saved game to check.
import story from '../../story/main.ink';
import { Session } from './session';
import type { KeyValueStore } from './storage';

export function makeSession(store: KeyValueStore): Session {
  return new Session(story, store);
}
