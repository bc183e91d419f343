// The house's boundaries are kept by tools, not by memory: `npm run lint` (Biome's
// noRestrictedImports, per room, in biome.json) and `npm run typecheck` (tsconfig.engine.json,
// with no DOM and no Node types). These tests check that the tools pass on the repository, and
// that they would fail on the mistakes they exist to catch.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const biome = path.join(root, 'node_modules/@biomejs/biome/bin/biome');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

describe('import boundaries (npm run lint)', () => {
  // Probes are linted in a folder of their own with a copy of biome.json, laid out as the
  // repository is: nothing is ever written into src/, where another test might read it.
  const house = mkdtempSync(path.join(tmpdir(), 'thaw-lint-'));
  copyFileSync(path.join(root, 'biome.json'), path.join(house, 'biome.json'));
  afterAll(() => rmSync(house, { recursive: true, force: true }));

  /** Biome's verdict on `source` standing at `file`. */
  function lintAs(file: string, source: string): { ok: boolean; output: string } {
    const at = path.join(house, file);
    mkdirSync(path.dirname(at), { recursive: true });
    writeFileSync(at, source);
    try {
      const r = spawnSync(process.execPath, [biome, 'lint', file], { cwd: house, encoding: 'utf8' });
      return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
    } finally {
      rmSync(at);
    }
  }

  it('the repository keeps them', () => {
    expect(() => execFileSync(process.execPath, [biome, 'lint', '.'], { cwd: root, encoding: 'utf8', stdio: 'pipe' })).not.toThrow();
  });

  it.each([
    ['src/engine/probe.ts', "import { Game } from 'phaser';\nexport const g = Game;\n", 'src/engine is pure'],
    ['src/engine/probe.ts', "import { Howl } from 'howler';\nexport const h = Howl;\n", 'src/engine is pure'],
    ['src/engine/probe.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n", 'src/engine is pure'],
    ['src/engine/codes/probe.ts', "import { PlayRun } from '../../game/play';\nexport const p = PlayRun;\n", 'lowest floor'],
    ['src/ui/probe.ts', "import { PlayRun } from '../game/play';\nexport const p = PlayRun;\n", 'src/ui is the HTML layer'],
    ['src/scenes/probe.ts', "import { showTitle } from '../game/title';\nexport const s = showTitle;\n", 'src/scenes only paint'],
    ['src/art/probe.ts', "import { renderBriefly } from '../scenes/frames';\nexport const g = renderBriefly;\n", 'src/art holds pictures'],
    ['src/game/probe.ts', "import { scoreFile } from '../cli/score';\nexport const s = scoreFile;\n", 'src/game is the flow'],
  ])('%s: refuses %j', (file, source, message) => {
    const r = lintAs(file, source);
    expect(r.ok).toBe(false);
    expect(r.output).toContain('noRestrictedImports');
    expect(r.output).toContain(message);
  });

  it('lets the engine use inkjs and its own modules', () => {
    const r = lintAs('src/engine/probe.ts', "import { Story } from 'inkjs';\nimport { parseDate } from './dates';\nexport const s = [Story, parseDate];\n");
    expect(r.output).not.toContain('noRestrictedImports');
  });
});

describe('the engine has no DOM and no Node (npm run typecheck)', () => {
  const dir = mkdtempSync(path.join(root, 'test-results', 'engine-probe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function typecheckEngineWith(source: string): { ok: boolean; output: string } {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'probe.ts'), source);
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ extends: path.join(root, 'tsconfig.engine.json'), include: [path.join(dir, 'probe.ts')] }),
    );
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', dir], { cwd: root, encoding: 'utf8' });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  }

  it('passes on src/engine as it is', () => {
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.engine.json'], { cwd: root, encoding: 'utf8' });
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
  });

  it.each([
    ['document', 'export const t = document.title;\n'],
    ['localStorage', "export const s = localStorage.getItem('x');\n"],
    ['process', 'export const e = process.env;\n'],
  ])('fails where engine code uses %s', (name, source) => {
    const r = typecheckEngineWith(source);
    expect(r.ok).toBe(false);
    expect(r.output).toContain(`Cannot find name '${name}'`);
  });

  it('passes plain TypeScript', () => {
    expect(typecheckEngineWith('export const n: number = Math.max(1, 2);\n')).toEqual({ ok: true, output: '' });
  });
});
