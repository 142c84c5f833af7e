// The service worker's map-tile cache (issue 16, point 2), without a browser: the tile host
// cannot be reached from the tests, and route interception does not see a worker's requests,
// so the built dist/sw.js runs here in a sandbox with the Cache and fetch APIs stood in for.
// Asserted: a tile seen before comes from the cache without a request; the cache keeps at
// most MAX_TILES, the oldest out first; other hosts are left alone.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { test, expect } = require('@playwright/test');

const DIST = process.env.DIST || path.join(__dirname, '../../dist');

// A Cache Storage that keeps entries in the order they were put, as browsers list them.
function fakeCaches() {
  const stores = new Map();
  const key = (r) => (typeof r === 'string' ? r : r.url);
  const open = async (name) => {
    if (!stores.has(name)) {
      const entries = new Map();
      stores.set(name, {
        entries,
        match: async (r) => entries.get(key(r)),
        put: async (r, response) => { entries.delete(key(r)); entries.set(key(r), response); },
        keys: async () => [...entries.keys()].map((url) => ({ url })),
        delete: async (r) => entries.delete(key(r)),
      });
    }
    return stores.get(name);
  };
  return { stores, api: { open, keys: async () => [...stores.keys()], delete: async (n) => stores.delete(n) } };
}

function worker() {
  const source = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  const listeners = {};
  const fetched = [];
  const caches = fakeCaches();
  const context = {
    self: {
      addEventListener: (kind, f) => { listeners[kind] = f; },
      location: new URL('http://127.0.0.1:8090/sw.js'),
      registration: { active: null },
      skipWaiting: () => {},
      clients: { claim: async () => {} },
    },
    caches: caches.api,
    fetch: async (request) => {
      fetched.push(request.url);
      return { ok: false, type: 'opaque', status: 0, url: request.url, clone() { return this; } };
    },
    URL, Headers, Response, Date, Promise, console,
  };
  vm.createContext(context);
  vm.runInContext(source, context);
  const max = Number(/const MAX_TILES = (\d+);/.exec(source)[1]);
  // Sends one request through the worker's fetch handler; resolves to its answer, or
  // undefined when the worker leaves the request to the browser.
  const request = async (url) => {
    let answer;
    const waits = [];
    listeners.fetch({
      request: { url, method: 'GET', mode: 'no-cors' },
      respondWith: (p) => { answer = p; },
      waitUntil: (p) => waits.push(p),
    });
    const response = answer && await answer;
    await Promise.all(waits);
    return response;
  };
  return { request, fetched, caches, max };
}

const tile = (i) => `https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/12/${2000 + i}/1000.png`;

test('tiles seen before come from the cache, which keeps at most MAX_TILES, the oldest out first', async () => {
  const sw = worker();
  expect(sw.max).toBeGreaterThan(0);
  const first = await sw.request(tile(0));
  expect(first.type).toBe('opaque');
  expect(sw.fetched).toEqual([tile(0)]);
  // Seen before: from the cache, no request.
  expect(await sw.request(tile(0))).toBe(first);
  expect(sw.fetched).toHaveLength(1);

  const total = sw.max + 60;
  for (let i = 1; i < total; i += 1) await sw.request(tile(i));
  const kept = [...sw.caches.stores.get('digihjelpen-kartfliser').entries.keys()];
  // Trimmed every 25 tiles: never more than MAX_TILES + 24, and after a trim exactly the newest.
  expect(kept.length).toBeLessThanOrEqual(sw.max + 24);
  expect(kept.length).toBeGreaterThanOrEqual(sw.max);
  expect(kept).not.toContain(tile(0));
  expect(kept[kept.length - 1]).toBe(tile(total - 1));
  const oldestKept = Number(/\/(\d+)\/1000\.png$/.exec(kept[0])[1]) - 2000;
  expect(oldestKept).toBe(total - kept.length);
});

test('requests to other hosts are left to the browser', async () => {
  const sw = worker();
  expect(await sw.request('https://example.org/bilde.png')).toBeUndefined();
  expect(sw.fetched).toEqual([]);
});
