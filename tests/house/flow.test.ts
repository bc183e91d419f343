// One flow (src/game/flow.ts): a reader follows a game from the title to the debrief in one
// module. These checks keep it so: the entry point holds no state of its own, and a game is
// made in one place only (it was made in two, before and after Phaser had arrived).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.resolve(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const at = path.join(dir, d.name);
    if (d.isDirectory()) return sources(at);
    return d.name.endsWith('.ts') ? [at] : [];
  });
}

/** Code without its comments, so that a comment naming a thing does not count as using it. */
function code(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

describe('one flow', () => {
  it('src/main.ts keeps no state: no variable at its top level, only the flow started', () => {
    const main = code(path.join(src, 'main.ts'));
    expect(main.match(/^(let|var|const)\s/gm) ?? []).toEqual([]);
    expect(main).toContain('new Flow(window).start()');
  });

  it('a game is made in one place, the flow', () => {
    const makers = sources(src).filter((f) => /new PlayRun\(/.test(code(f))).map((f) => path.relative(src, f));
    expect(makers).toEqual([path.join('game', 'flow.ts')]);
  });

  it('the stage has one scene, which changes only what it paints: no scene hands over to another', () => {
    const scenes = sources(path.join(src, 'scenes')).filter((f) => /extends Scene\b/.test(code(f))).map((f) => path.basename(f));
    expect(scenes).toEqual(['StageScene.ts']);
    const handovers = sources(src).filter((f) => /\.scene\.start\(/.test(code(f))).map((f) => path.relative(src, f));
    expect(handovers).toEqual([]);
  });
});
