// The story's chapter titles, in order, for the class code's "from chapter / to chapter".
import { playChapters } from '../engine/span';
import { GameStory } from '../engine/story';

export const storyChapters = (compiled: string): string[] => playChapters(new GameStory(compiled)).map((c) => c.title);
