// The transcript of inkle's command-line player (inklecate -p), produced from our engine's
// turns: ink's text exactly as the runtime gave it, "# tags: " after a tagged line, then the
// numbered choices and the "?> " prompt. Pure: the CLI feeds it input lines.
import type { GameStory, Turn } from '../engine/story';

export const PROMPT = '?> ';

/** One turn as inklecate prints it. */
export function formatTurn(turn: Turn): string {
  let out = '';
  for (const line of turn.lines) {
    out += line.text;
    if (line.tags.length > 0) out += `# tags: ${line.tags.join(', ')}\n`;
  }
  if (turn.choices.length > 0) {
    out += '\n';
    turn.choices.forEach((c, i) => {
      out += `${i + 1}: ${c.raw.text}\n`;
    });
    out += PROMPT;
  }
  return out;
}

export interface Step {
  /** What to print on standard output. */
  output: string;
  /** A complaint about the input, for standard error. */
  error: string | null;
  /** The story has ended: no more input is wanted. */
  done: boolean;
}

/** A game played one typed line at a time. */
export class PlayerSession {
  constructor(private readonly game: GameStory) {}

  start(): Step {
    return { output: formatTurn(this.game.turn), error: null, done: this.game.turn.finished };
  }

  input(line: string): Step {
    const turn = this.game.turn;
    const n = Number(line.trim());
    if (!Number.isInteger(n) || n < 1 || n > turn.choices.length) {
      return { output: PROMPT, error: `Choose a number from 1 to ${turn.choices.length}.`, done: false };
    }
    const next = this.game.choose(n - 1);
    return { output: formatTurn(next), error: null, done: next.finished };
  }
}
