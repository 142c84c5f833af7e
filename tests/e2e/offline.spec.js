// Offline after one visit (issue 16): the service worker (app/sw/sw.js) keeps the pages seen,
// their code and data; without a network they load from its copy and say so. A page never
// seen says that it is not saved. The worker is off in every other spec (route interception
// does not see its requests); here it is on, and no route is set (Playwright bypasses the
// worker of a page with routes): map tiles simply fail, as they do offline.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('./helpers');

const DIST = process.env.DIST || path.join(__dirname, '../../dist');

test.use({ serviceWorkers: 'allow' });

// Waits until the worker controls the page and has kept what the first visit loaded.
async function workerReady(page) {
  await page.waitForFunction(async () => {
    if (!navigator.serviceWorker.controller) return false;
    const names = await caches.keys();
    const code = names.find((n) => /^digihjelpen-[0-9a-f]{16}$/.test(n));
    if (!code) return false;
    const cache = await caches.open(code);
    return Boolean(await cache.match(location.href));
  }, null, { timeout: 20_000 });
}

test('after one visit, /, /kart and a handbook page load without a network, and say so', async ({ page, context }) => {
  // The worker's copies run under the site's policy: any violation fails the test.
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/');
  await workerReady(page);
  await expect(page.locator('.offline-notice')).toHaveCount(0);
  // Pages seen once the worker is in control are kept as they load.
  await page.goto('/kart');
  await expect(page.locator('.finder-list .offer-item').first()).toBeVisible();
  await page.goto('/kom-i-gang/forankring');
  await expect(page.locator('h1')).toBeVisible();
  const handbookH1 = await page.locator('h1').innerText();

  await context.setOffline(true);
  for (const [url, check] of [
    ['/', async () => expect(page.locator('h1')).toHaveText('Digihjelpen')],
    ['/kart', async () => expect(page.locator('.finder-list .offer-item').first()).toBeVisible()],
    ['/kom-i-gang/forankring', async () => expect(page.locator('h1')).toHaveText(handbookH1)],
  ]) {
    await page.goto(url);
    await check();
    await expect(page.locator('.offline-notice')).toHaveText(/^Du er frakoblet – opplysningene er fra \d+\. \p{L}+ \d{4}/u);
    await expect(page.locator('.data-error')).toHaveCount(0);
    expect(await page.evaluate(() => window.violations)).toEqual([]);
    // The copy keeps the page's own policy: scripts from the site only, nothing inline but
    // the one hashed script.
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    const scripts = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
    expect(scripts).toMatch(/^script-src 'self' /);
    expect(scripts).not.toContain('unsafe-inline');
  }
  // The data came from the copy too: the map page's list is the data's, not just the build's.
  await page.goto('/kart?kommune=5037');
  await expect(page.locator('.data-error')).toHaveCount(0);

  // A page never opened here is not saved: said plainly, with the way back.
  const response = await page.goto('/om');
  expect(response.status()).toBe(503);
  await expect(page.locator('h1')).toHaveText('Du er frakoblet');
  await expect(page.getByRole('link', { name: 'forsiden' })).toHaveAttribute('href', '/');
  await context.setOffline(false);
});

test('a new deploy\'s worker waits, and "Last inn på nytt" loads the new version', async ({ page }) => {
  await page.goto('/');
  await workerReady(page);
  // A new version of the worker, as a deploy writes one (same code, another version), put in
  // dist/ for this test; the built files are put back after it.
  const file = path.join(DIST, 'sw.js');
  const saved = new Map(['', '.br', '.gz'].map((ext) => [file + ext, fs.existsSync(file + ext) ? fs.readFileSync(file + ext) : null]));
  const original = saved.get(file).toString('utf8');
  const next = original.replace(/const VERSION = '[0-9a-f]{16}'/, "const VERSION = 'ffffffffffffffff'");
  expect(next).not.toBe(original);
  try {
    fs.writeFileSync(file, next);
    for (const ext of ['.br', '.gz']) if (fs.existsSync(file + ext)) fs.unlinkSync(file + ext);
    await page.goto('/');
    const update = page.locator('.update-notice');
    await expect(update).toContainText('Ny versjon er klar.');
    // The click activates the new worker, and the page reloads itself when it takes over.
    const reloaded = page.waitForEvent('load');
    await update.getByRole('button', { name: 'Last inn på nytt' }).click();
    await reloaded;
    // The old version's caches are gone once the new one took over (asked again while the
    // reload may still be under way: an answer from a page that is going away is no answer).
    await expect.poll(async () => page.evaluate(async () => (await caches.keys())
      .filter((n) => /^digihjelpen-[0-9a-f]{16}$/.test(n))).catch(() => null))
      .toEqual(['digihjelpen-ffffffffffffffff']);
    await expect(page.locator('.update-notice')).toHaveCount(0);
  } finally {
    for (const [name, bytes] of saved) if (bytes) fs.writeFileSync(name, bytes);
  }
});

test('the site can be installed: Chromium finds no installability error, and the icons are PNGs of their sizes', async ({}, testInfo) => {
  // Nothing is installable from a private window, which every test's context is: this test
  // opens the browser with a profile of its own instead.
  const { chromium } = require('@playwright/test');
  const os = require('os');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'digihjelpen-profile-'));
  const { launchOptions, baseURL } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, serviceWorkers: 'allow' });
  try {
    const page = context.pages()[0] || await context.newPage();
    await page.goto('/');
    await workerReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ name: expect.any(String), short_name: 'Digihjelpen', start_url: '/', display: 'standalone', theme_color: '#0062ba' });
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.type === 'image/png');
      expect(icon, `${size} px icon`).toBeTruthy();
      const png = await (await page.request.get(icon.src)).body();
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
