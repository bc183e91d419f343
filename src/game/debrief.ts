// The debrief of the last finished game, on screen: after a game (the Debrief scene), from the
// title's "Show my last result", and after a reload on the debrief. The session keeps the
// result (and its result code) until the next game starts.
import { debriefView } from '../ui/DebriefView';
import { showScreen } from '../ui/Screen';
import type { Session } from './session';

/** Show the debrief of the game the session holds; `result`: its kept result (see Session.finish). */
export function showDebrief(session: Session, result: { resultCode: string | null }, onPlayAgain: () => void): void {
  const view = debriefView({
    meta: session.current.meta,
    record: session.current.log,
    score: session.score(),
    resultCode: result.resultCode,
    span: session.spanText(),
    onPlayAgain: () => {
      session.at('title');
      onPlayAgain();
    },
  });
  showScreen(view.root, view.focus);
}
