// Whose approach an option follows, in words. An option's `# actor:` is the person whose real
// action or argument it follows (story/README.md), not who took it: an option can follow the
// approach of the very person whose move the decision is (the player's character, or a
// prediction's rival) and still not be what they did. Students read "Khrushchev's line" as "what
// Khrushchev did" (playtest 2), so the words say so wherever that could be misread.
import { type StoryMeta, labelOf } from './meta';

/**
 * `actor`: the option's `# actor:` id; `decider`: the id of the person whose move the decision is;
 * `historical`: the option is what really happened. Null when the option names no actor.
 */
export function approachOf(actor: string | null, decider: string | null, historical: boolean, meta: StoryMeta): string | null {
  if (!actor) return null;
  const who = labelOf(meta.cast, actor);
  if (actor !== decider) return `${who}'s approach`;
  return historical ? `What ${who} did` : `${who}'s approach, though not what ${who} did`;
}
