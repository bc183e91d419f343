// The debrief of the last finished game, on screen: after a game, from the
// title's "Show my last result", and after a reload on the debrief. The session keeps the
// result (and its result code) until the next game starts. What the debrief says is decided
// once in src/engine/debrief.ts; src/ui/DebriefView.ts lays it out.
import { buildDebrief } from '../engine/debrief';
import { debriefView } from '../ui/DebriefView';
import { showScreen } from '../ui/Screen';
import type { Session } from './session';
import { storyData } from './storyData';

/** Show the debrief of the game the session holds; `result`: its kept result (see Session.finish). */
export function showDebrief(session: Session, result: { resultCode: string | null }, onPlayAgain: () => void): void {
  const game = session.current;
  const c = session.competition;
  const model = buildDebrief({
    meta: game.meta, record: game.log, score: session.score(), ...storyData, span: session.spanText(),
    student: { name: c?.name ?? null, classCode: c?.classCode ?? null },
    wholeClass: session.wholeClass,
  });
  const view = debriefView({
    model,
    meta: game.meta,
    record: game.log,
    resultCode: result.resultCode,
    onPlayAgain: () => {
      // The class's game stays saved (and listed) with its debrief; the title comes next.
      session.at('title');
      onPlayAgain();
    },
  });
  showScreen(view.root, view.focus);
}
