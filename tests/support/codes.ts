// What result codes need besides a game, for tests that make them: the real story's
// fingerprint (class codes carry it) and a fixed start, attempt and extra time.
import { gameFingerprint } from '../../src/engine/codes/fingerprint';
import { storyHash } from '../../src/engine/hash';
import story from '../../story/main.ink';

export const STORY_FINGERPRINT = gameFingerprint(storyHash(story));

/** A game started at 09:00 UTC on 7 September 2026, the first on its device, with no extra time. */
export const PLAYED = { startedAt: Date.UTC(2026, 8, 7, 9, 0), attempt: 1, extraTime: 0 } as const;
