// The embed widget on a municipal website: a host page on another origin (a second local
// port) embeds the snippet the generator produced; the widget shows exactly the chosen
// municipality's offers, works with the keyboard inside the iframe, posts its height, logs no
// errors; only /embed may be framed; axe-core passes on /embed.
const fs = require('fs');
const http = require('http');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { offline, axe, watchConsole } = require('./helpers');

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
  await expect(page.locator('.near-list .offer-item')).toHaveCount(3);
});

test('when the data fails, the widget says so and can retry', async ({ page }) => {
  await offline(page);
  let broken = true;
  await page.route('**/data/tilbud.json', (route) => (broken ? route.fulfill({ status: 500, body: '' }) : route.fallback()));
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
