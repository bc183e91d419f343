// `npm run story:play` on stories written for a game that binds its own functions (EXTERNAL):
// it plays their ink fallbacks exactly as inkjs does with fallbacks allowed, and a function
// with no fallback is named, with no stack trace.
import { spawnSync } from 'node:child_process';
import { Story } from 'inkjs';
import { describe, expect, it } from 'vitest';
import { compileInkFile } from '../../src/compiler/compileInk';

const play = (file: string, input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/storyPlay.ts', file], { input, encoding: 'utf8' });

/** What inkjs itself prints with fallbacks allowed, choosing `choice` (1-based) at the one choice. */
function reference(file: string, choice: number): string {
  const story = new Story(compileInkFile(file).json as string);
  story.allowExternalFunctionFallbacks = true;
  let out = story.ContinueMaximally();
  out += `\n${story.currentChoices.map((c, i) => `${i + 1}: ${c.text}\n`).join('')}?> `;
  story.ChooseChoiceIndex(choice - 1);
  return out + story.ContinueMaximally();
}

describe('story:play and EXTERNAL functions', () => {
  it('plays their ink fallbacks as inkjs does', () => {
    const file = 'tests/fixtures/ink/player/external.ink';
    for (const choice of [1, 2]) {
      const r = play(file, `${choice}\n`);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(reference(file, choice));
    }
    expect(reference(file, 1)).toContain('Hello, Comrade.\nYou feel lucky: 5.');
  });

  it('names a function with no fallback, and exits 1 without a stack trace', () => {
    const r = play('tests/fixtures/ink/checker/plain_external_missing.ink', '');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('EXTERNAL function "shake_camera", which has no ink fallback');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toBe('');
  });
});

describe('story:play and ink arithmetic', () => {
  it('keeps a whole float a float, as ink does: 5 / 2.0 is 2.5, 7 / 2 is 3', () => {
    const r = play('tests/fixtures/ink/player/arithmetic.ink', '');
    expect(r.stderr).toBe('');
    // What inkle's ink gives (its compiler writes 2.0 as a float; inkjs's writer had dropped the ".0").
    expect(r.stdout).toBe(
      [
        'Five over two point nought is 2.5.',
        'Seven over two is 3.',
        'Seven over two point nought is 3.5.',
        'One and a half times two is 3.',
        'Half of three is 1.5.',
        '',
      ].join('\n'),
    );
  });
});
