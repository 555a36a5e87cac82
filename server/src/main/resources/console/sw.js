// The console's service worker (registered by the crew's terminal, views/crew.js): keeps the console's own files and
// its libraries (/console/, /webjars/) so the terminal's view still loads its code where the network is away. Network
// first, so a new release reaches the device at its next load; the cache only answers when the network does not.
// Never the API (/api/): a status report is kept by the view's outbox, not here, and health data is never cached.
const CACHE = 'larm-console-v3';
// Every file the crew's view needs to start: the page, its styles, and every module app.js imports, directly or
// not (ConsoleSiteTest checks the list against the imports, so a new module cannot be forgotten).
const SHELL = [
  '/console/', '/console/index.html', '/console/manifest.json', '/console/favicon.svg', '/console/console.css',
  '/console/views/crew.css', '/console/views/hospital.css', '/webjars/leaflet/1.9.4/dist/leaflet.css', '/console/app.js', '/console/api.js',
  '/console/live.js', '/console/keys.js', '/console/i18n.js', '/console/format.js', '/console/roles.js',
  '/console/views/calltaker.js', '/console/views/calltaker/strings.js', '/console/views/calltaker/queue.js',
  '/console/views/calltaker/callpanel.js', '/console/views/calltaker/mine.js',
  '/console/views/calltaker/location.js', '/console/views/mapkit.js',
  '/webjars/leaflet/1.9.4/dist/leaflet-src.esm.js', '/console/views/calltaker/interview.js',
  '/console/views/calltaker/social.js', '/console/views/dispatcher.js', '/console/views/dispatcher/strings.js',
  '/console/views/dispatcher/incidents.js', '/console/views/dispatcher/recommendation.js',
  '/console/views/dispatcher/units.js', '/console/views/map.js', '/console/views/supervisor.js',
  '/console/views/municipality.js', '/console/views/audit.js', '/console/views/accounts.js',
  '/console/views/medical-index.js', '/console/views/crew.js', '/console/views/crew/strings.js',
  '/console/views/crew/outbox.js', '/console/views/crew/alert.js', '/console/views/crew/position.js',
  '/console/views/dispatcher/alarm.js', '/console/sound.js', '/console/views/crew/prealert.js',
  '/console/views/hospital.js', '/console/views/calltaker/desk.js', '/console/views/dispatcher/moveup.js',
  '/console/views/contract.js', '/console/views/warnings.js',
  '/console/views/crisis/banner.js', '/console/views/crisis/panel.js', '/console/views/crisis/polygon.js',
  '/console/views/cluster.js',
  '/console/views/alarms.js',
  '/console/views/dispatcher/exchange.js',
];

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
