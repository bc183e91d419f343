// The yardstick for `npm run bench`: the same Phaser package as the game, configured as the
// game configures it, with one scene that draws one rectangle. It records when its first
// frame has been rendered (ms since navigation) in window.__bare.firstFrame.
import { Game, Scene } from 'phaser';
import { STAGE_SETTINGS } from '../../src/scenes/stageSettings';

declare global {
  interface Window {
    __bare?: { firstFrame: number | null };
    /** Installed by bench/run.ts (page.exposeBinding): tells the bench at once, with no polling. */
    __benchNotify?: (what: string) => void;
  }
}

const bench = { firstFrame: null as number | null };
window.__bare = bench;
let created = false;

class Bare extends Scene {
  constructor() {
    super('Bare');
  }

  create(): void {
    this.add.rectangle(0, 0, this.scale.width, this.scale.height, 0xb3261e).setOrigin(0);
    created = true;
  }
}

const game = new Game({ ...STAGE_SETTINGS, scene: [Bare] });

const onFrame = () => {
  if (!created) return;
  bench.firstFrame = performance.now();
  game.events.off('postrender', onFrame);
  window.__benchNotify?.('firstFrame');
};
game.events.on('postrender', onFrame);
