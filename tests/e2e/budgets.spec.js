// Byte budgets (DESIGN.md, issue 11): what a page transfers before map tiles, counted as the
// precompressed files nginx serves. Bytes are deterministic, so this fails the build when a
// page grows past its budget; timings are only printed, by `cargo xtask bench`.
//
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const { test, expect, offline, serveOffers } = require('./helpers');
const { pageBytes, fileFor, sizeOf } = require('../bytes');

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8090';
const DIST = process.env.DIST || path.join(__dirname, '../../dist');
const KB = 1024;

const BUDGETS = [
  ['/', 'br', 150 * KB],
  ['/kart', 'br', 200 * KB],
  ['/kart?kommune=5037', 'br', 200 * KB],
  // A handbook page with a checklist and a template: the largest kind.
  ['/kom-i-gang/forankring', 'br', 150 * KB],
  ['/embed?kommune=5037', 'gz', 200 * KB],
];

for (const [route, encoding, budget] of BUDGETS) {
  test(`${route} stays within its ${budget / KB} KB budget (${encoding === 'br' ? 'brotli' : 'gzip'}, before tiles)`, async ({ browser }) => {
    const bytes = await pageBytes(browser, BASE, DIST, route);
    const lines = bytes.files.map((f) => `  ${f.file.padEnd(48)} ${String(f[encoding]).padStart(8)}${f.missing ? '  (not in dist)' : ''}`);
    console.log(`${route}: ${(bytes[encoding] / KB).toFixed(1)} KB ${encoding} in ${bytes.files.length} files\n${lines.join('\n')}`);
    expect(bytes.files.filter((f) => f.missing).map((f) => f.file), 'every request is a file in dist/').toEqual([]);
    expect(bytes[encoding]).toBeLessThanOrEqual(budget);
  });
}

// Issue 11, point 8: the bytes of one place's views do not grow with the country. With 10,000
// synthetic offers deployed (tilbud.json and the area files written from it, as the build
// does), the widget and the map of one municipality fetch only that municipality's file.
test('with 10,000 offers, /embed?kommune=5037 stays within 200 KB gzip and /kart?kommune=5037 within 200 KB brotli', async ({ page }) => {
  test.setTimeout(300_000);
  const file = path.join(os.tmpdir(), 'digihjelpen-synthetic-10000-1.json');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, execFileSync('cargo', ['run', '-q', '-p', 'digihjelpen-cli', '--', 'synthetic', '--count', '10000', '--seed', '1'],
      { cwd: path.join(__dirname, '../..'), maxBuffer: 256 * 1024 * 1024 }));
  }
  await offline(page);
  const dir = await serveOffers(page, file);
  // A served data file costs what its compressed bytes would; a built file its twin in dist/.
  const cost = (pathname, ext) => {
    if (pathname === '/data/tilbud.json' || pathname.startsWith('/data/omrade/')) {
      const body = fs.readFileSync(path.join(dir, pathname.replace(/^\/data\//, '')));
      return ext === 'gz' ? zlib.gzipSync(body, { level: 9 }).length
        : zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
    return sizeOf(fileFor(DIST, pathname), ext);
  };
  for (const [route, ext, ready] of [
    ['/embed?kommune=5037', 'gz', '.finder-list .offer-item'],
    ['/kart?kommune=5037', 'br', '.finder-list .offer-item'],
  ]) {
    const requested = new Set();
    const listen = (r) => { const u = new URL(r.url()); if (u.origin === new URL(BASE).origin) requested.add(u.pathname); };
    page.on('request', listen);
    await page.goto(route);
    await expect(page.locator(ready).first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    page.off('request', listen);
    expect([...requested], route).not.toContain('/data/tilbud.json');
    const total = [...requested].reduce((sum, p) => sum + cost(p, ext), 0);
    const area = cost('/data/omrade/kommune-5037.json', ext);
    console.log(`${route} with 10,000 offers: ${(total / KB).toFixed(1)} KB ${ext} (its area file ${(area / KB).toFixed(1)} KB; tilbud.json would be ${(cost('/data/tilbud.json', ext) / KB).toFixed(0)} KB)`);
    expect(total).toBeLessThanOrEqual(200 * KB);
  }
});
