// The story's chapter titles, in order, for the class code's "from chapter / to chapter".
// Found by playing what really happened, which passes through every chapter.
import { GameStory } from '../engine/story';

/** Far more choices than any story has: a guard against a story that loops. */
const MAX_STEPS = 1000;

export function storyChapters(compiled: string): string[] {
  const game = new GameStory(compiled);
  const titles: string[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    for (const s of game.turn.segments) if (s.opensChapter && !titles.includes(s.opensChapter)) titles.push(s.opensChapter);
    if (game.turn.finished) break;
    const historical = game.turn.choices.findIndex((c) => c.tags.historical);
    game.choose(Math.max(0, historical));
  }
  return titles;
}
