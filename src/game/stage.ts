// What the stage's scenes do, decided by the game: the title screen, a game in play, the
// debrief. Loaded by src/main.ts in the background while the title (plain HTML) is already on
// screen; src/scenes only paints the backdrops and hands over from scene to scene.
import { buildDebrief } from '../engine/debrief';
import { startStage } from '../scenes/Stage';
import { debriefView } from '../ui/DebriefView';
import { showScreen } from '../ui/Screen';
import { PlayRun } from './play';
import { storyData } from './storyData';
import type { Shell } from './shell';
import { type PlayStart, showTitle } from './title';

export interface Stage {
  /** Leave the title (which src/main.ts put on screen) for the play scene: a new game, or one already running. */
  play(start: PlayStart | { run: PlayRun }): void;
}

/** `first`: the game that started while the stage was loading; the stage starts there, with no title behind. */
export function createStage(shell: Shell, first: { run: PlayRun } | null = null): Stage {
  const { meta, session, sound } = shell;
  return startStage(
    {
      Title: (scenery, data: { keepScreen?: boolean }) => {
        scenery.show('title');
        sound.setAmbient(null);
        if (data.keepScreen) return undefined;
        showTitle({
          meta,
          session,
          loadSession: async () => session,
          play: (start) => scenery.goTo('Play', start),
          openSettings: () => shell.openSettings(),
          platform: shell.platform,
        });
        return undefined;
      },
      /** `run`: a game src/main.ts started while Phaser was still loading; otherwise one starts here. */
      Play: (scenery, data: PlayStart & { run?: PlayRun }) => {
        const run = data.run ?? new PlayRun(shell, data);
        run.attach({ sceneChanged: (ctx) => scenery.show(ctx.scene), finished: () => scenery.goTo('Debrief') });
        return () => run.destroy();
      },
      Debrief: (scenery) => {
        scenery.show(meta.debriefScene);
        sound.playEffect('gavel');
        const game = session.current;
        const record = game.log;
        const c = session.competition;
        const model = buildDebrief({
          meta: game.meta, record, score: session.score(), ...storyData, span: session.spanText(),
          student: { name: c?.name ?? null, classCode: c?.classCode ?? null },
        });
        const view = debriefView({ model, meta: game.meta, record, resultCode: session.resultCode(), onPlayAgain: () => scenery.goTo('Title') });
        session.finish();
        showScreen(view.root, view.focus);
        return undefined;
      },
    },
    first,
  );
}
