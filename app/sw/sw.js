// Digihjelpen's service worker: the site keeps working on a bad connection, and offline after
// one visit. Written by `cargo xtask build` to dist/sw.js with @VERSION@ (a hash of every
// built file's name) and @TILE_HOSTS@ filled in.
//
// What the first visit loaded before the worker ran (the page, its code, its data) the page
// lists for it (`behold`): the worker keeps those, from the browser's HTTP cache where it can
// (no second download). From then on it sees every request itself:
// - Pages (navigations): the network first, so a new deploy shows on the next load; a copy of
//   each page seen is kept. Without a network the copy is served, marked
//   `<html data-frakoblet="…">` with the time it was fetched, and the page says so.
// - Code, styles, vendored files: named by their content, so a cached copy is always right;
//   kept per version, and a new version deletes the old ones when it takes over (a page and
//   its code always come from the same build).
// - Data files (/data/, /innhold/): stale-while-revalidate — the copy at once, the network
//   refreshes it for the next load.
// - Map tiles (the tile host only): the copy when there is one; at most MAX_TILES kept, the
//   oldest out first.
// Nothing else is touched, and no request goes anywhere the page itself would not send it.

const VERSION = '@VERSION@';
const TILE_HOSTS = @TILE_HOSTS@;
const CODE = `digihjelpen-${VERSION}`;
const DATA = 'digihjelpen-data';
const TILES = 'digihjelpen-kartfliser';
const MAX_TILES = 300;
const FETCHED = 'x-digihjelpen-hentet';

self.addEventListener('install', () => {
  // The first version has no older code to mix with: it takes over at once. A later one
  // waits until the page asks for it ("Ny versjon er klar").
  if (!self.registration.active) self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith('digihjelpen-') && name !== CODE && name !== DATA && name !== TILES)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'ta-over') self.skipWaiting();
  if (event.data && event.data.behold) event.waitUntil(keep(event.data.behold));
});

// Keeps what a page loaded before the worker controlled it: the page, and its own files.
async function keep(urls) {
  await Promise.all(urls.map(async (href) => {
    const url = new URL(href, self.location.origin);
    if (url.origin !== self.location.origin || url.pathname === '/sw.js') return;
    const isData = url.pathname.startsWith('/data/') || url.pathname.startsWith('/innhold/');
    const isCode = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/.test(url.pathname)
      || /^\/(vendor|icons)\//.test(url.pathname) || url.pathname === '/manifest.webmanifest';
    const isPage = !isData && !isCode && !/\.[A-Za-z0-9]+$/.test(url.pathname);
    if (!isData && !isCode && !isPage) return;
    const cache = await caches.open(isData ? DATA : CODE);
    if (!isPage && await cache.match(url.href)) return;
    try {
      // Named by content: the HTTP cache's copy is right; the rest is revalidated (a 304).
      const response = await fetch(url.href, { cache: isCode ? 'default' : 'no-cache' });
      if (response.ok) await cache.put(url.href, isCode ? response : await stamped(response));
    } catch (offline) {
      // Kept the next time.
    }
  }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    if (TILE_HOSTS.includes(url.host)) event.respondWith(tile(request));
    return;
  }
  if (url.pathname === '/sw.js') return;
  if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith('/data/') || url.pathname.startsWith('/innhold/')) {
    event.respondWith(data(event, request));
  } else {
    event.respondWith(code(request));
  }
});

// A copy of `response` that says when it was fetched.
async function stamped(response) {
  const headers = new Headers(response.headers);
  headers.set(FETCHED, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

async function page(request) {
  const cache = await caches.open(CODE);
  try {
    const response = await fetch(request);
    // The app's own 404 page is a page too; a server error is not kept.
    if (response.ok || response.status === 404) await cache.put(request, await stamped(response.clone()));
    return response;
  } catch (offline) {
    const copy = await cache.match(request) || await cache.match(request, { ignoreSearch: true });
    if (!copy) return notSeen();
    const fetched = copy.headers.get(FETCHED) || '';
    const html = (await copy.text()).replace('<html ', `<html data-frakoblet="${fetched.replace(/[^0-9TZ:.-]/g, '')}" `);
    return new Response(html, { status: copy.status, headers: copy.headers });
  }
}

// Offline, a page never seen: a plain page in the site's three languages, under the same
// strict policy as the site.
function notSeen() {
  const html = '<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8">'
    + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Frakoblet – Digihjelpen</title></head>'
    + '<body><main><h1>Du er frakoblet</h1><p>Denne siden har ikke vært åpnet på denne enheten før, så den er ikke lagret. '
    + 'Sider du har sett før, kan du åpne uten nett: <a href="/">forsiden</a> og <a href="/kart">kartet</a>.</p>'
    + '<p lang="nn">Du er fråkopla. Denne sida er ikkje lagra på eininga.</p>'
    + '<p lang="en">You are offline. This page has not been saved on this device.</p></main></body></html>';
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'self'" },
  });
}

async function code(request) {
  const cache = await caches.open(CODE);
  const copy = await cache.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function data(event, request) {
  const cache = await caches.open(DATA);
  const copy = await cache.match(request);
  const fresh = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, await stamped(response.clone()));
    return response;
  });
  if (copy) {
    event.waitUntil(fresh.catch(() => undefined));
    return copy;
  }
  return fresh;
}

let tilesAdded = 0;

async function tile(request) {
  const cache = await caches.open(TILES);
  const copy = await cache.match(request);
  if (copy) return copy;
  const response = await fetch(request);
  // Tiles are images fetched without CORS: their responses are opaque (status 0) but whole.
  if (response.ok || response.type === 'opaque') {
    try {
      await cache.put(request, response.clone());
      tilesAdded += 1;
      if (tilesAdded % 25 === 0) await trimTiles(cache);
    } catch (full) {
      // Storage full: the tile is shown, just not kept.
    }
  }
  return response;
}

// The oldest tiles out (the cache lists its entries in the order they were added).
async function trimTiles(cache) {
  const keys = await cache.keys();
  await Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_TILES)).map((key) => cache.delete(key)));
}
