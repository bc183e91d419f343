// Phaser without what the stage never uses (issue 12, item 3: "leave out what the game does not
// use if Phaser's build allows it"). The `phaser` package's dist file is the whole engine
// (physics, tilemaps, particles, curves, geometry, sound…); its sources also have a core
// entry, src/phaser-core.js: game, scenes, cameras, loader, textures, tweens, input, scale,
// Graphics, Image, Layer, Sprite and Text. `import … from 'phaser'` resolves to that entry, and
// the flags Phaser's own webpack build sets are set here: both renderers (AUTO may fall back to
// canvas), no WebGL debugger, no Phaser sound (the game plays its sounds with howler and starts
// Phaser with noAudio). What the stage needs beyond the core is listed in BEYOND_CORE below.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CORE = fileURLToPath(new URL('../node_modules/phaser/src/phaser-core.js', import.meta.url));
const PHASER_SRC = `${fileURLToPath(new URL('../node_modules/phaser/src/', import.meta.url))}`;

/**
 * What the stage draws beyond the core (src/scenes/Room.ts: `add.container`, `add.rectangle`):
 * each factory registers itself with the core's GameObjectFactory when it is required. A new
 * kind of game object on the stage goes here, or the built game throws "add.X is not a function"
 * (tests/e2e/stage.test.ts would fail on the page's errors).
 */
const BEYOND_CORE = ['./gameobjects/container/ContainerFactory', './gameobjects/shape/rectangle/RectangleFactory'];

/** `typeof FLAG` in Phaser's sources, as its webpack DefinePlugin would replace it. */
const FLAGS: Record<string, boolean> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: true,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
};

export function phaserCorePlugin(): Plugin {
  const flag = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');
  return {
    name: 'thaw:phaser-core',
    // The built game only: `npm run dev` keeps the package's whole ESM build, which Vite's
    // dependency optimiser serves as it is (the core entry is CommonJS sources).
    apply: 'build',
    enforce: 'pre',
    async resolveId(source) {
      return source === 'phaser' ? CORE : null;
    },
    transform(code, id) {
      if (!id.startsWith(PHASER_SRC)) return null;
      let out = code.replace(flag, (_, name: string) => String(FLAGS[name]));
      // The core entry ends by putting Phaser on webpack's `global`, which a browser lacks; the
      // game imports what it uses, as from the package's own ESM build, which sets no global.
      if (id === CORE) {
        out = out.replace(/^global\.Phaser = Phaser;$/m, '');
        out += BEYOND_CORE.map((m) => `\nrequire('${m}');`).join('');
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}
