// Thaw's service worker: keeps the whole built game (both pages, every script, font,
// picture and sound) in one cache per version and serves it cache-first, so a classroom
// that lost its connection still plays. build/offline.ts fills in the two values below.
// A new version installs beside the old one and waits: the pages in use keep the files
// they were built with, and the new version takes over when Thaw is next opened.
const VERSION = '__THAW_VERSION__';
const PRECACHE = ['__THAW_PRECACHE__'];
const CACHE = `thaw-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('thaw-') && k !== CACHE).map((k) => caches.delete(k))))
      // Take over the page that installed the first version, so it works offline at once.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  // Pages are looked up without their query (e.g. ?class=…); assets by exact address.
  const navigate = request.mode === 'navigate';
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(request, { ignoreSearch: navigate }))
      .then((hit) => hit ?? fetch(request)),
  );
});
