// npm run story:play -- FILE.ink (or a compiled FILE.json)
// Plays any ink story through Thaw's engine in the terminal, reading choice numbers from
// standard input one per line, and prints exactly what inklecate's player would.
// Compiler and ink runtime errors go to standard error. EXTERNAL functions play their ink fallbacks.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { useExternalFallbacks } from '../checker/inkJson';
import { compileInkFile, formatProblem } from '../compiler/compileInk';
import { GameStory } from '../engine/story';
import { PlayerSession } from '../player/transcript';

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('Usage: npm run story:play -- FILE.ink\n');
    return 2;
  }
  let json: string;
  if (file.endsWith('.json')) {
    json = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } else {
    const compiled = compileInkFile(file);
    for (const w of compiled.warnings) process.stderr.write(`WARNING: ${formatProblem(w)}\n`);
    for (const e of compiled.errors) process.stderr.write(`ERROR: ${formatProblem(e)}\n`);
    if (compiled.json === null) return 1;
    json = compiled.json;
  }

  // A story written for a game may call the game's functions (EXTERNAL): play their ink
  // fallbacks, as inkle's own player does; with no fallback, there is nothing to play.
  const fallback = useExternalFallbacks(json);
  for (const name of fallback.missing) {
    process.stderr.write(`ERROR: the story calls EXTERNAL function "${name}", which has no ink fallback (=== function ${name}): it cannot be played without its game.\n`);
  }
  if (fallback.missing.length > 0) return 1;

  const game = new GameStory(fallback.json, { onProblem: (p) => {
    // Only ink's own complaints: our tag conventions mean nothing to other stories.
    if (p.kind === 'ink-error' || p.kind === 'ink-ran-out' || p.kind === 'ink-warning') process.stderr.write(`${p.message} (at ${p.where})\n`);
  } });
  const session = new PlayerSession(game);
  let step = session.start();
  process.stdout.write(step.output);
  if (step.done) return 0;

  const lines = createInterface({ input: process.stdin, terminal: false });
  for await (const line of lines) {
    step = session.input(line);
    if (step.error) process.stderr.write(`${step.error}\n`);
    process.stdout.write(step.output);
    if (step.done) break;
  }
  lines.close();
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
