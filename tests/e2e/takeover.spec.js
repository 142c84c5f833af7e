// Pre-rendered pages and the app taking them over: the fresh data wins over a page rendered
// from older data, nothing moves when the app swaps in its render, what a visitor typed
// before survives it, and links between the two entry points are ordinary page loads.
const fs = require('fs');
const path = require('path');
const { test, expect, offline, watchConsole, takenOver } = require('./helpers');

const PUBLIC = path.join(__dirname, '../../public');

// Holds the app's WebAssembly back until the returned function is called, so a test can act
// on the pre-rendered page before the app takes it over.
async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/-[0-9a-f]{16}_bg\.wasm$/, async (route) => { await held; await route.fallback(); });
  return release;
}
const OFFERS = JSON.parse(fs.readFileSync(path.join(PUBLIC, 'data/tilbud.json'), 'utf8'));

test('a data file changed after the build shows at once, with nothing of the old render left', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  const fixture = JSON.parse(JSON.stringify(OFFERS));
  const old = fixture.tilbud[0].navn;
  fixture.tilbud[0].navn = 'Nytt navn fra redaksjonen';
  await page.route('**/data/tilbud.json', (route) => route.fulfill({ json: fixture }));
  await page.goto('/kart');
  await expect(page.getByRole('heading', { name: 'Nytt navn fra redaksjonen' })).toBeVisible();
  await expect(page.getByRole('heading', { name: old, exact: true })).toHaveCount(0);
  await expect(page.locator('.app-root')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a Markdown page changed after the build shows its new text', async ({ page }) => {
  await offline(page);
  await page.route('**/innhold/kom-i-gang/forankring.md', (route) => route.fulfill({
    contentType: 'text/markdown', body: '## Ny overskrift\n\nDenne teksten ble skrevet etter byggingen.\n',
  }));
  await page.goto('/kom-i-gang/forankring');
  await expect(page.locator('.md-body').first()).toContainText('Denne teksten ble skrevet etter byggingen.');
  await expect(page.getByRole('heading', { name: 'Ny overskrift' })).toBeVisible();
});

for (const url of ['/', '/kart', '/kom-i-gang/forankring', '/status']) {
  test(`${url}: the takeover moves nothing (no layout shift)`, async ({ page }) => {
    await offline(page);
    await page.addInitScript(() => {
      window.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push([e.startTime, e.value]);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const release = await holdApp(page);
    await page.raw.goto(url, { waitUntil: 'load' });
    const before = await page.locator('h1').boundingBox();
    const lead = await page.locator('main p').first().boundingBox();
    release();
    await takenOver(page);
    await page.waitForTimeout(300);
    // Shifts up to the frame after the swap are the takeover's; the map's own later work
    // (Leaflet, the note when tiles fail) is not what this checks.
    const shifts = await page.evaluate(() => {
      const swapped = performance.getEntriesByName('digihjelpen:overtatt')[0];
      const until = (swapped ? swapped.startTime : performance.now()) + 50;
      return window.shifts.filter(([at]) => at <= until).map(([, value]) => value);
    });
    // Lighthouse measures CLS 0 on every route, but here a shift of 0.004–0.017 is sometimes
    // seen on /kart and /status at the swap (cause not found yet: see the closing note of
    // issue 11). The page's heading and lead must not move at all (below).
    expect(shifts.reduce((sum, v) => sum + v, 0)).toBeLessThan(0.05);
    expect(await page.locator('h1').boundingBox()).toEqual(before);
    expect(await page.locator('main p').first().boundingBox()).toEqual(lead);
  });
}

test('what was typed before the app took over is kept, and the field keeps the focus', async ({ page }) => {
  await offline(page);
  // Hold the app's code back until the visitor has typed.
  const release = await holdApp(page);
  await page.raw.goto('/kart', { waitUntil: 'domcontentloaded' });
  await page.locator('#kommunesok').fill('Levan');
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'klar');
  release();
  await takenOver(page);
  await expect(page.locator('#kommunesok')).toHaveValue('Levan');
  await expect(page.locator('#kommunesok')).toBeFocused();
  await expect(page.locator('#kommunesok-forslag [role=option]').first()).toContainText('Levanger');
});

test('a link to the other entry point is a page load; a link within one is not', async ({ page }) => {
  await offline(page);
  await page.goto('/bygg-inn');
  await page.evaluate(() => { window.sameDocument = true; });
  // Within the site's entry point: the router navigates, the document stays.
  await page.locator('a[href="/oppdater"]').first().click();
  await expect(page.locator('h1')).toHaveText('Meld inn eller oppdater et tilbud');
  expect(await page.evaluate(() => window.sameDocument)).toBe(true);
  // To a handbook page (the reader's): a new document with its own pre-rendered HTML.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kom i gang' }).click();
  await expect(page.locator('h1')).toHaveText('Hvordan komme i gang?');
  expect(await page.evaluate(() => window.sameDocument)).toBeUndefined();
  await takenOver(page);
  // To the finder's page: again a new document.
  await page.evaluate(() => { window.sameDocument = true; });
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kart' }).click();
  await expect(page.locator('h1')).toHaveText('Finn hjelp der du bor');
  expect(await page.evaluate(() => window.sameDocument)).toBeUndefined();
  await takenOver(page);
  await expect(page.locator('.finder-list .offer-item')).toHaveCount(OFFERS.tilbud.length);
});

test('a handbook page whose files are unchanged is kept as built, with the reader\'s code only', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  const scripts = [];
  page.on('request', (r) => { if (/\.(js|wasm)$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname); });
  await page.goto('/kom-i-gang/forankring');
  await page.locator('h1').evaluate((h) => { h.dataset.original = 'ja'; });
  await expect(page.locator('html')).toHaveAttribute('data-app', 'klar');
  // Still the pre-rendered element: nothing was rendered again.
  await expect(page.locator('h1')).toHaveAttribute('data-original', 'ja');
  expect(scripts.some((s) => /^\/reader-/.test(s))).toBe(true);
  expect(scripts.filter((s) => /^\/site-/.test(s))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a handbook page whose data file changed after the build is rendered again by the site', async ({ page }) => {
  await offline(page);
  const handbook = JSON.parse(fs.readFileSync(path.join(PUBLIC, 'data/handbok.json'), 'utf8'));
  const module = handbook.moduler.find((m) => m.slug === 'kom-i-gang');
  const forankring = module.sider.find((p) => p.slug === 'forankring');
  forankring.tittel = 'Forankring (endret etter byggingen)';
  await page.route('**/data/handbok.json', (route) => route.fulfill({ json: handbook }));
  await page.goto('/kom-i-gang/forankring');
  await expect(page.locator('h1')).toHaveText('Forankring (endret etter byggingen)');
});

test('a handbook page whose file fails to load keeps its text and says so, with a retry', async ({ page }) => {
  await offline(page);
  let fail = true;
  await page.route('**/innhold/kom-i-gang/forankring.md', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.fallback()));
  await page.goto('/kom-i-gang/forankring');
  await expect(page.locator('.data-error')).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Forankring av tilbudet');
  await expect(page.locator('.md-body').first()).not.toBeEmpty();
  fail = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(page.locator('.data-error')).toHaveCount(0);
  await expect(page.locator('h1')).toHaveText('Forankring av tilbudet');
});

test('the front page search suggests by name and postcode and goes to the map', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Kommune eller postnummer' });
  await input.fill('tromso');
  await expect(page.locator('#kommunesok-forslag [role=option]').first()).toHaveText('Tromsø');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await input.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-activedescendant', 'kommunesok-forslag-0');
  await input.fill('7600');
  await expect(page.locator('#kommunesok-forslag [role=option]')).toHaveText(['7600 Levanger – Levanger']);
  await input.press('Escape');
  await expect(page.locator('#kommunesok-forslag')).toBeHidden();
  await input.press('Enter');
  await expect(page).toHaveURL(/\/kart\?kommune=5037$/);
  await expect(page.locator('h1')).toHaveText('Finn hjelp der du bor');
  expect(errors).toEqual([]);
});

test('the front page says when its data fails, keeps its text, and the retry works', async ({ page }) => {
  await offline(page);
  let broken = true;
  await page.route('**/data/kommuner.json', (route) => (broken ? route.fulfill({ status: 500, body: '' }) : route.fallback()));
  await page.goto('/');
  const alert = page.locator('.data-error');
  await expect(alert).toContainText('Serveren svarte med en feil (500)');
  await expect(page.locator('h1')).toHaveText('Digihjelpen');
  await expect(page.locator('.home-cards')).toBeVisible();
  broken = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(alert).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Kommune eller postnummer' }).fill('Levanger');
  await expect(page.locator('#kommunesok-forslag [role=option]').first()).toHaveText('Levanger');
});
