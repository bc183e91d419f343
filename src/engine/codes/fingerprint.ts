// The fingerprint a class code carries: the story AND the rules that score it. Two copies of
// Thaw with the same fingerprint play and score a game the same way, so a student whose copy
// differs from the teacher's can be told before starting, not rejected after 40 minutes.
import { storyHash } from '../hash';
import { RULES_VERSION, WEIGHTS } from '../scoring';

export const FINGERPRINT_BITS = 24;

/** @param hash the story's fingerprint (GameStory.hash) */
export function gameFingerprint(hash: string): number {
  const rules = JSON.stringify({ version: RULES_VERSION, weights: WEIGHTS });
  return Number.parseInt(storyHash(`${hash}\n${rules}`).slice(-FINGERPRINT_BITS / 4), 16);
}
