// The console's service worker (registered by the crew's terminal, views/crew.js): keeps the console's own files and
// its libraries (/console/, /webjars/) so the terminal's view still loads its code where the network is away. Network
// first, so a new release reaches the device at its next load; the cache only answers when the network does not.
// Never the API (/api/): a status report is kept by the view's outbox, not here, and health data is never cached.
const CACHE = 'larm-console-v1';
const SHELL = ['/console/', '/console/index.html', '/console/app.js', '/console/console.css', '/console/views/crew.js',
  '/console/views/crew.css', '/console/manifest.json', '/console/favicon.svg'];

const kept = (url) => url.origin === self.location.origin
  && (url.pathname.startsWith('/console/') || url.pathname.startsWith('/webjars/'));

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

// The page names the files it loaded before this worker was there (its modules): they are kept too.
self.addEventListener('message', (event) => {
  if (event.data?.type !== 'keep' || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls.filter((text) => { try { return kept(new URL(text)); } catch { return false; } });
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(urls.map((url) => cache.add(url).catch(() => null)))));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !kept(url)) return;
  event.respondWith(fetch(event.request).then((answer) => {
    if (answer.ok) {
      const copy = answer.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(event.request, copy)));
    }
    return answer;
  }).catch(() => caches.match(event.request, { ignoreSearch: true }).then((hit) => hit ?? Response.error())));
});
