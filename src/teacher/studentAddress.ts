// Where students open the game, as far as the teacher page can tell: its own address when a
// web server serves it, the room's addresses when `npm run class` serves it (this computer
// sees itself as localhost, which on a student's device is the student's device), and from a
// file, no address at all: a file path opens on this computer only.
import { GAME_PAGE } from '../ui/pages';
import { el } from '../ui/element';
import './studentAddress.css';

export type StudentAddress =
  /** Addresses students can open, the likeliest first. */
  | { kind: 'web'; urls: string[] }
  /** Opened from a file: the one-file edition belongs on the learning platform. */
  | { kind: 'file' }
  /** Served to this computer only (`npm start`). */
  | { kind: 'this-computer' };

/** Answered by `npm run class` (ROOM_PATH in scripts/serve.mjs), which serves the pages at its root. */
const ROOM = './thaw-room.json';

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/**
 * @param page this page's address
 * @param room the addresses `npm run class` reported (empty when something else serves the page)
 */
export function studentAddress(page: string, room: readonly string[]): StudentAddress {
  const url = new URL(page);
  if (url.protocol === 'file:') return { kind: 'file' };
  if (!LOOPBACK.test(url.hostname)) {
    const game = new URL(GAME_PAGE, url);
    game.search = '';
    game.hash = '';
    return { kind: 'web', urls: [game.href] };
  }
  return room.length > 0 ? { kind: 'web', urls: [...room] } : { kind: 'this-computer' };
}

/** The addresses in `npm run class`'s answer; anything else there is ignored. */
export function parseRoom(json: unknown): string[] {
  const list = (json as { addresses?: unknown } | null)?.addresses;
  return Array.isArray(list) ? list.filter((a): a is string => typeof a === 'string' && /^https?:\/\/[^\s]+$/.test(a)) : [];
}

let known: Promise<StudentAddress> | undefined;

/** This page's answer, asked of the server once (and only when the page is on localhost). */
function whereStudentsGo(): Promise<StudentAddress> {
  known ??= (async () => {
    const here = studentAddress(location.href, []);
    if (here.kind !== 'this-computer') return here;
    // Another server on localhost, or offline: no room addresses, never an error.
    const room = await fetch(ROOM, { cache: 'no-store' })
      .then((r) => (r.ok ? r.json() : null))
      .then(parseRoom, () => []);
    return studentAddress(location.href, room);
  })();
  return known;
}

function link(url: string): HTMLAnchorElement {
  return el('a', { href: url }, url);
}

/** The first step of the students' instructions: where to open the game. */
export function openTheGame(): HTMLElement {
  const step = el('span', {}, 'Open the game.');
  void whereStudentsGo().then((where) => {
    if (where.kind === 'web') step.replaceChildren('Open the game: ', link(where.urls[0] as string));
    else if (where.kind === 'file') step.replaceChildren('Open the game from the learning platform, where your teacher put it.');
    else step.replaceChildren('Open the game at the address your teacher gives you.');
  });
  return step;
}

/** The panel "Students open this address", with a QR code to scan, or how to get an address. */
export function studentAddressPanel(): HTMLElement {
  const body = el('div', { 'aria-live': 'polite' });
  const root = el('section', { class: 'card student-address', 'aria-labelledby': 'student-address-h' },
    el('h2', { id: 'student-address-h' }, 'Where students open the game'), body);
  void whereStudentsGo().then((where) => {
    if (where.kind === 'file') {
      body.replaceChildren(el('p', {},
        'This page was opened from a file, which only this computer can open. To give students the game, upload the one-file edition, ',
        el('code', {}, 'thaw.html'), ', to your learning platform (Moodle, Google Classroom, Teams…) as a file students open in the browser, and share its link. ',
        'The README also explains a school web server and ', el('code', {}, 'npm run class'), '.'));
      return;
    }
    if (where.kind === 'this-computer') {
      body.replaceChildren(el('p', {},
        'This page is served to this computer only (', el('code', {}, 'npm start'), '): students cannot open it. ',
        'To serve the game to the room, run ', el('code', {}, 'npm run class'), ' instead, copy the ', el('code', {}, 'dist'),
        ' folder to the school web server, or put the one-file edition on your learning platform.'));
      return;
    }
    const [first, ...others] = where.urls as [string, ...string[]];
    const qr = el('div', { class: 'qr' });
    const alsoAt = others.length === 0 ? [] : [el('p', { class: 'hint' }, 'If it does not open on their devices, this computer also answers at: ',
      ...others.flatMap((u, i) => [i > 0 ? ', ' : '', link(u)]))];
    body.replaceChildren(
      el('p', { class: 'address-line' }, el('span', { class: 'address-label' }, 'Students open this address'), link(first)),
      qr,
      ...alsoAt);
    // The QR library is only needed here, so it loads only here.
    import('qrcode')
      .then((q) => q.toDataURL(first, { errorCorrectionLevel: 'M', margin: 2, width: 240 }))
      .then((src) => qr.append(el('img', { src, alt: `QR code of ${first}`, width: 240, height: 240 })))
      .catch(() => qr.append(el('p', { class: 'hint' }, 'The QR code could not be drawn; the address above works just as well.')));
  });
  return root;
}
