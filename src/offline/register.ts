// Registers Thaw's service worker (src/offline/sw.js) so the game keeps working without a
// connection, and tells the player, politely, when a newer version has been downloaded.
// Call once per page. It does nothing in development, in the single-file build (a
// file:// page cannot have a service worker) or where the browser has none.
import './notice.css';

export const UPDATE_NOTICE = 'A new version of Thaw is ready: it will load next time.';

export function registerOffline(): void {
  if (import.meta.env.DEV || import.meta.env.MODE === 'single' || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(location.protocol)) return;
  // After load: installing downloads the whole game, which must not slow the first screen.
  addEventListener('load', () => {
    navigator.serviceWorker.register('./sw.js').then(watchForUpdates, (error: unknown) => {
      // Without a worker the game still plays online; only offline play is lost.
      console.warn('Thaw could not be saved for offline use:', error);
    });
  });
}

function watchForUpdates(registration: ServiceWorkerRegistration): void {
  // A controller means an older version runs this page: a new worker is an update.
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) showNotice();
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed' && isUpdate()) showNotice();
    });
  });
}

function showNotice(): void {
  if (document.querySelector('.update-notice')) return;
  const notice = document.createElement('div');
  notice.className = 'update-notice';
  notice.setAttribute('role', 'status');
  const text = document.createElement('p');
  text.textContent = UPDATE_NOTICE;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'OK';
  close.addEventListener('click', () => notice.remove());
  notice.append(text, close);
  document.body.append(notice);
}
