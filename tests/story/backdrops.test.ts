// Every kind of place the story names (`# scene:`) has its painted backdrop, drawn at the size
// the game scales from (src/scenes/Backdrop.ts): the picture is loaded as a plain <img>
// (src/art/pictureTextures.ts), which takes the size the SVG itself declares.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const STORY = 'story/chapters';
const ART = 'assets/art/backdrops';

const scenes = new Set(
  readdirSync(STORY)
    .filter((f) => f.endsWith('.ink'))
    .flatMap((f) => [...readFileSync(`${STORY}/${f}`, 'utf8').matchAll(/#\s*scene:\s*([a-z_]+)/g)].map((m) => m[1])),
);

describe('backdrops', () => {
  it('exist for every kind of place in the story, each 1600 × 900', () => {
    expect(scenes.size).toBeGreaterThan(3);
    for (const kind of scenes) {
      const svg = readFileSync(`${ART}/${kind}.svg`, 'utf8');
      const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
      expect(root, kind).toMatch(/\swidth="1600"/);
      expect(root, kind).toMatch(/\sheight="900"/);
    }
  });

  it('say where their people go: every backdrop has a seating the stage knows', () => {
    const { seating } = JSON.parse(readFileSync(`${ART}/seating.json`, 'utf8')) as { seating: Record<string, string> };
    const pictures = readdirSync(ART).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -'.svg'.length));
    expect(Object.keys(seating).sort()).toEqual(pictures.sort());
    for (const [kind, how] of Object.entries(seating)) expect(['table', 'platform', 'desk', 'standing'], kind).toContain(how);
  });
});
