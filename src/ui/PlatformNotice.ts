// A word from the learning platform's side (src/game/platform.ts): said once, at the foot of
// the screen, over whatever is showing, and the game plays on beneath it. It wears the
// offline notice's look (src/offline/notice.css, on every page through registerOffline).
import { button, el } from './element';

export function showPlatformNotice(text: string): void {
  const notice = el('div', { class: 'update-notice platform-notice', role: 'alert' }, el('p', {}, text));
  notice.append(button('OK', () => notice.remove()));
  document.body.append(notice);
}
