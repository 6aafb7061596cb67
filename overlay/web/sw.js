// Dewey overlay service worker: keeps a copy of the page (without its token) and its code and
// themes, so that when OBS starts before Dewey the Browser Source still loads the page, which then
// waits for Dewey and connects. Network first: while Dewey runs, every load is fresh from it.
// Sounds, the streamer's files (/media) and the WebSocket always go to the network.
'use strict';

const CACHE = 'dewey-overlay-1';

function cacheKey(url) {
  if (url.origin !== self.location.origin) return '';
  if (url.pathname === '/overlay') return '/overlay';
  if (/^\/overlay\/(overlay\.(css|js)|themes\/[a-z0-9-]+\.css)$/.test(url.pathname)) return url.pathname;
  return '';
}

const SHELL = ['/overlay/overlay.css', '/overlay/overlay.js', '/overlay/themes/default.css'];

self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .catch(() => {}),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// The page that registered us was loaded before we existed: it asks us to keep a copy of itself.
self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== 'cache-page' || !event.source) return;
  const url = new URL(event.source.url);
  if (cacheKey(url) !== '/overlay') return;
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => fetch(url).then((response) => (response.ok ? cache.put('/overlay', response) : undefined)))
      .catch(() => {}),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const key = request.method === 'GET' ? cacheKey(new URL(request.url)) : '';
  if (!key) return;
  event.respondWith(
    fetch(request).then(
      (response) => {
        if (response.ok) {
          const copy = response.clone();
          event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
        }
        return response;
      },
      () => caches.match(key).then((cached) => cached || Response.error()),
    ),
  );
});
