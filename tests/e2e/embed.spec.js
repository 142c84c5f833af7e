// The embed widget on a municipal website: a host page on another origin (a second local
// port) embeds the snippet the generator produced; the widget shows exactly the chosen
// municipality's offers, works with the keyboard inside the iframe, posts its height, logs no
// errors; only /embed may be framed; axe-core passes on /embed.
const fs = require('fs');
const http = require('http');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect, offline, axe, watchConsole } = require('./helpers');

const OFFERS = JSON.parse(fs.readFileSync(path.join(__dirname, '../../public/data/tilbud.json'), 'utf8'));
const HOST_PORT = 8091;

function serveHost(html) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    server.listen(HOST_PORT, '127.0.0.1', () => resolve(server));
  });
}

// The paths of the vendored files (Leaflet, its plugin) the page requests, as they happen.
function vendorRequests(page) {
  const paths = [];
  page.on('request', (r) => { if (r.url().includes('/vendor/')) paths.push(new URL(r.url()).pathname); });
  return paths;
}

test('a municipal page on another origin embeds the generated snippet', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  await page.goto('/bygg-inn');
  await page.getByLabel('Kommune', { exact: true }).selectOption({ value: '5037' });
  const snippet = await page.getByLabel('Kode til kommunens nettside').inputValue();
  expect(snippet).toContain('<iframe');

  const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Levanger kommune (testside)</title></head>
<body><h1>Digital hjelp i Levanger</h1>${snippet}
<script>window.heights = []; window.addEventListener('message', function (e) { if (e.data && e.data.type === 'digihjelpen:height') window.heights.push(e.data.height); });</script>
</body></html>`;
  const server = await serveHost(html);
  try {
    await page.goto(`http://127.0.0.1:${HOST_PORT}/`);
    const frame = page.frameLocator('iframe[title="Tilbud om digital hjelp i Levanger"]');
    await expect(frame.locator('h1')).toHaveText('Tilbud om digital hjelp i Levanger');
    const expected = OFFERS.tilbud.filter((o) => o.kommune === '5037').length;
    await expect(frame.locator('.finder-list .offer-item')).toHaveCount(expected);
    await expect(frame.locator('.finder-list')).toContainText('Levanger');
    // The resize message arrived, and the snippet's script sized the iframe.
    await expect.poll(() => page.evaluate(() => window.heights.length)).toBeGreaterThan(0);
    const last = await page.evaluate(() => window.heights[window.heights.length - 1]);
    await expect(page.locator('iframe')).toHaveAttribute('style', new RegExp(`height: ${Math.ceil(last)}px`));
    // Keyboard inside the iframe: the marker's popup opens with Enter and closes with Escape.
    const marker = frame.locator('.leaflet-marker-icon:not(.marker-cluster)').first();
    await expect(marker).toBeVisible();
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(frame.locator('.leaflet-popup .offer-popup h2')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(frame.locator('.leaflet-popup')).toHaveCount(0);
    await expect(marker).toBeFocused();
    // The list is reachable by Tab from inside the frame.
    await frame.getByRole('button', { name: 'Vis på kartet' }).first().focus();
    await expect(frame.getByRole('button', { name: 'Vis på kartet' }).first()).toBeFocused();
    // The link to the full site opens a new tab.
    await expect(frame.getByRole('link', { name: /Se alle tilbud på Digihjelpen/ })).toHaveAttribute('target', '_blank');
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});

test('only /embed may be framed by other sites', async ({ request }) => {
  const embed = await request.get('/embed?kommune=5037');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  const map = await request.get('/kart');
  expect(map.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(map.headers()['x-frame-options']).toBe('DENY');
});

test('the widget works at 280 px as a list, and for a county', async ({ page }) => {
  await offline(page);
  await page.setViewportSize({ width: 280, height: 600 });
  await page.goto('/embed?fylke=50&visning=liste');
  await expect(page.locator('h1')).toContainText('Tilbud om digital hjelp i Trøndelag');
  const expected = OFFERS.tilbud.filter((o) => o.kommune.startsWith('50')).length;
  await expect(page.locator('.finder-list .offer-item')).toHaveCount(expected);
  await expect(page.locator('.map')).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('a municipality without an offer shows the nearest ones', async ({ page }) => {
  await offline(page);
  await page.goto('/embed?kommune=5501');
  await expect(page.locator('.no-offer')).toContainText('Tromsø har ikke registrert noe tilbud ennå.');
  await expect(page.locator('.near-list .offer-item')).toHaveCount(5);
  // The map shows those five too, all inside its frame (not just the empty municipality).
  const markers = page.locator('.map .leaflet-marker-icon');
  await expect(markers).toHaveCount(5);
  await expect(markers.first()).toBeVisible();
  const frame = await page.locator('.map').boundingBox();
  for (const marker of await markers.all()) {
    const box = await marker.boundingBox();
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width);
    expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height);
  }
});

test('when the data fails, the widget says so and can retry', async ({ page }) => {
  await offline(page);
  let broken = true;
  await page.route('**/data/omrade/kommune-5037.json', (route) => (broken ? route.fulfill({ status: 500, body: '' }) : route.fallback()));
  await page.goto('/embed?kommune=5037');
  await expect(page.locator('.data-error')).toContainText('Serveren svarte med en feil (500)');
  broken = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.locator('.finder-list .offer-item')).toHaveCount(1);
});

test('/embed?kommune=5037 has no axe-core violations', async ({ page }) => {
  await offline(page);
  await page.goto('/embed?kommune=5037');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await axe(page);
});

test('the widget speaks nynorsk and English when the snippet asks for it', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  await page.goto('/embed?kommune=5037&sprak=nn');
  await expect(page.locator('h1')).toHaveText('Tilbod om digital hjelp i Levanger');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page).toHaveTitle('Tilbod om digital hjelp i Levanger – Digihjelpen');
  await expect(page.locator('.result-count')).toHaveText('1 registrert tilbod');
  await expect(page.locator('.finder-list dt').filter({ hasText: 'Opningstider' })).toHaveCount(1);
  await expect(page.locator('.finder-list h3')).not.toHaveAttribute('lang', /.*/);
  await expect(page.getByRole('link', { name: /Sjå alle tilbod på Digihjelpen/ })).toBeVisible();

  await page.goto('/embed?kommune=5037&sprak=en');
  await expect(page.locator('h1')).toHaveText('Help with digital services in Levanger');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.result-count')).toHaveText('1 registered offer');
  await expect(page.locator('.finder-list dt').filter({ hasText: 'Opening hours' })).toHaveCount(1);
  // The vocabulary is translated too; the municipality's own words are marked as Norwegian.
  const facts = await page.locator('.finder-list .offer-facts').innerText();
  expect(facts).toContain('Service office');
  expect(facts).toContain('Everyone');
  expect(facts).not.toContain('Servicetorg');
  await expect(page.locator('.finder-list h3')).toHaveAttribute('lang', 'no');
  await expect(page.getByRole('button', { name: 'Show on the map' })).toBeVisible();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  await axe(page);

  // An unknown language falls back to bokmål.
  await page.goto('/embed?kommune=5037&sprak=xx');
  await expect(page.locator('h1')).toHaveText('Tilbud om digital hjelp i Levanger');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  expect(errors).toEqual([]);
});

test('a wrong number in the snippet says so and shows all of Norway', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  await page.goto('/embed?kommune=9999&visning=liste');
  await expect(page.locator('.unknown-area')).toHaveText('Fant ingen kommune eller fylke med nummeret «9999». Her er tilbudene i hele landet.');
  await expect(page.locator('h1')).toHaveText('Tilbud om digital hjelp');
  await expect(page.locator('.finder-list .offer-item')).toHaveCount(OFFERS.tilbud.length);
  // Markup in the URL is shown as text, never run.
  await page.goto('/embed?fylke=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&visning=liste');
  await expect(page.locator('.unknown-area')).toContainText('«%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E»');
  await expect(page.locator('img')).toHaveCount(0);
  // The one console message is the browser's own for the area file the build did not write
  // (there is no municipality 9999): the widget then falls back to the whole country.
  expect(errors).toEqual(['Failed to load resource: the server responded with a status of 404 (Not Found)']);
});

test('the list alone loads no map and offers no "Vis på kartet"', async ({ page }) => {
  await offline(page);
  const scripts = vendorRequests(page);
  await page.goto('/embed?kommune=5037&visning=liste');
  await expect(page.locator('.finder-list .offer-item')).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Vis på kartet' })).toHaveCount(0);
  await expect(page.locator('.map')).toHaveCount(0);
  expect(scripts).toEqual([]);
});

test('a municipality loads Leaflet without the clustering plugin', async ({ page }) => {
  await offline(page);
  const vendor = vendorRequests(page);
  await page.goto('/embed?kommune=5037');
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  expect(vendor).toContain('/vendor/leaflet/leaflet.js');
  expect(vendor.filter((u) => u.includes('markercluster'))).toEqual([]);
});

test('many offers: clustered markers, the list in pages, focus on the first new offer', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  const json = execFileSync('cargo', ['run', '-q', '-p', 'digihjelpen-cli', '--', 'synthetic', '--count', '120', '--seed', '3'],
    { cwd: path.join(__dirname, '../..'), maxBuffer: 64 * 1024 * 1024 });
  const total = JSON.parse(json).tilbud.length;
  await page.route('**/data/tilbud.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
  await page.goto('/embed');
  await expect(page.locator('.result-count')).toHaveText(`${total} registrerte tilbud`);
  await expect(page.locator('.marker-cluster').first()).toBeVisible();
  const items = page.locator('.finder-list .offer-item');
  await expect(items).toHaveCount(25);
  const more = page.getByRole('button', { name: 'Vis flere' });
  await more.click();
  await expect(items).toHaveCount(50);
  await expect(items.nth(25).locator('h3')).toBeFocused();
  while (await more.count()) await more.click();
  await expect(items).toHaveCount(total);
  // A list item opens its marker's popup, out of its cluster.
  await items.nth(3).getByRole('button', { name: 'Vis på kartet' }).click();
  await expect(page.locator('.leaflet-popup .offer-popup h2')).toHaveText(await items.nth(3).locator('h3').innerText());
  await expect(items.nth(3)).toHaveClass(/selected/);
  expect(errors).toEqual([]);
});

test('/embed?kommune=5037 loads its own area file, not the whole country', async ({ page }) => {
  await offline(page);
  const data = [];
  page.on('request', (r) => { if (r.url().includes('/data/')) data.push(new URL(r.url()).pathname); });
  await page.goto('/embed?kommune=5037');
  await expect(page.locator('.finder-list .offer-item')).toHaveCount(OFFERS.tilbud.filter((o) => o.kommune === '5037').length);
  expect(data).toEqual(['/data/omrade/kommune-5037.json']);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/embed?kommune=5037 is pre-rendered: the offers can be read at once', async ({ page }) => {
    const response = await page.goto('/embed?kommune=5037');
    expect(response.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('Levanger');
    await expect(page).toHaveTitle(/Levanger/);
    const items = page.locator('.finder-list .offer-item');
    await expect(items).toHaveCount(OFFERS.tilbud.filter((o) => String(o.kommune) === '5037').length);
    await expect(items.first().locator('dl.offer-facts')).toBeVisible();
    // The map needs the app.
    await expect(page.locator('.finder-map')).toBeHidden();
    // Other settings get the page the widget fills in.
    await page.goto('/embed?kommune=5037&visning=liste');
    await expect(page.locator('h1')).toHaveCount(0);
  });
});

test('the widget replaces its pre-rendered view with its own render without moving it', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/-[0-9a-f]{16}_bg\.wasm$/, async (route) => { await held; await route.fallback(); });
  await page.goto('/embed?kommune=5037', { waitUntil: 'load' });
  await page.locator('h1').evaluate((h) => { h.dataset.original = 'ja'; });
  const heading = await page.locator('h1').boundingBox();
  const item = await page.locator('.offer-item h3').first().boundingBox();
  release();
  await expect(page.locator('.leaflet-marker-icon').first()).toBeVisible();
  // The app's render replaced the build's...
  await expect(page.locator('h1')).not.toHaveAttribute('data-original', 'ja');
  // ...in the same place.
  expect(await page.locator('h1').boundingBox()).toEqual(heading);
  expect(await page.locator('.offer-item h3').first().boundingBox()).toEqual(item);
  expect(await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0))).toBeLessThan(0.01);
  expect(errors).toEqual([]);
});
