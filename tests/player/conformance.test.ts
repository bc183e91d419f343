// Ink's own behaviour survives our engine: stories from inkjs's test suite (MIT, see
// tests/fixtures/ink/conformance/README.md) played by `npm run story:play` print exactly what
// a player written from plain inkjs prints, and what inkle's player recorded where we have it.
// Played once more through GameStory with a save and load at every choice, as inkle's own
// runtime tests do.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/compiler/compileInk';
import { loadSave, makeSave } from '../../src/engine/save';
import { GameStory } from '../../src/engine/story';
import { formatTurn } from '../../src/player/transcript';

const DIR = 'tests/fixtures/ink/conformance';
const cases = readdirSync(DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

function inputsOf(name: string): number[] {
  return readFileSync(`${DIR}/${name}/input.txt`, 'utf8').split('\n').filter(Boolean).map(Number);
}

/** inklecate's transcript, from inkjs alone: the reference our player must match. */
function referencePlay(json: string, inputs: number[]): string {
  const story = new Story(json);
  let out = '';
  const queue = [...inputs];
  for (;;) {
    while (story.canContinue) {
      out += story.Continue();
      if (story.currentTags?.length) out += `# tags: ${story.currentTags.join(', ')}\n`;
    }
    if (story.currentChoices.length === 0) return out;
    out += '\n';
    story.currentChoices.forEach((c, i) => {
      out += `${i + 1}: ${c.text}\n`;
    });
    out += '?> ';
    const next = queue.shift();
    if (next === undefined) return out;
    story.ChooseChoiceIndex(next - 1);
  }
}

function cliPlay(file: string, inputs: number[]): string {
  return execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/storyPlay.ts', file], {
    input: inputs.map((n) => `${n}\n`).join(''), encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Our engine, saved and loaded again before every choice. */
function savedPlay(json: string, inputs: number[]): string {
  const problems: string[] = [];
  const onProblem = (p: { message: string }) => {
    if (/in the story/.test(p.message)) problems.push(p.message);
  };
  let game = new GameStory(json, { onProblem: onProblem });
  let out = formatTurn(game.turn);
  for (const n of inputs) {
    const loaded = loadSave(makeSave(game), json, onProblem);
    if (!loaded.ok) throw new Error(loaded.reason);
    game = loaded.game;
    out += formatTurn(game.choose(n - 1));
  }
  expect(problems).toEqual([]);
  return out;
}

describe("ink's own behaviour survives our engine", () => {
  it.each(cases)('%s', (name) => {
    const file = `${DIR}/${name}/story.ink`;
    const compiled = compileInkFile(file);
    expect(compiled.errors).toEqual([]);
    const json = compiled.json as string;
    const inputs = inputsOf(name);
    const reference = referencePlay(json, inputs);
    expect(cliPlay(file, inputs)).toBe(reference);
    expect(savedPlay(json, inputs)).toBe(reference);
    const recorded = `${DIR}/${name}/transcript.txt`;
    if (existsSync(recorded)) expect(reference).toBe(readFileSync(recorded, 'utf8'));
  });

  it('stops at the end of the input, and at a wrong number asks again on standard error', () => {
    const file = `${DIR}/I040/story.ink`;
    expect(cliPlay(file, [])).toBe('\n1: First\n?> ');
    expect(cliPlay(file, [7, 1])).toBe('\n1: First\n?> ?> First\n\n1: Very indented\n?> ');
  });
});
