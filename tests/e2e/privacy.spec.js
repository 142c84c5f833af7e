// Privacy and the content security policy, on every route: no cookies, no request to any host
// but the site's own (map tiles are blocked here; in production the CSP allows only
// Kartverket's tile host), the position asked for only after a click on "Bruk min posisjon",
// and not one `securitypolicyviolation` — the pre-rendered pages and every entry point run
// under the strict policy nginx sends (no inline script but the one hashed line).
const { test, expect, ROUTES } = require('./helpers');

const TILE_HOST = 'cache.kartverket.no';

// Records CSP violations and calls to the geolocation API from the page's first script on.
async function watch(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
    window.positionAsked = 0;
    if (navigator.geolocation) {
      const original = navigator.geolocation.getCurrentPosition.bind(navigator.geolocation);
      navigator.geolocation.getCurrentPosition = (...args) => {
        window.positionAsked += 1;
        return original(...args);
      };
    }
  });
  const hosts = new Set();
  await page.route(/^https?:\/\//, (route) => {
    const url = new URL(route.request().url());
    hosts.add(url.host);
    return url.hostname === '127.0.0.1' || url.hostname === 'localhost' ? route.fallback() : route.abort();
  });
  return hosts;
}

const PAGES = [
  ...ROUTES.map(([url]) => url),
  '/kart?kommune=5037',
  '/embed?kommune=5037',
  '/embed?fylke=50&visning=liste',
  '/kom-i-gang/forankring',
  '/finnes-ikke',
];

for (const url of PAGES) {
  test(`${url}: no cookies, no other host, no position asked, no CSP violation`, async ({ page, context, baseURL }) => {
    const hosts = await watch(page);
    await page.goto(url);
    // Let the map (where there is one) start and settle.
    await page.waitForTimeout(500);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const own = new URL(baseURL).host;
    expect([...hosts].filter((h) => h !== own && !h.endsWith(TILE_HOST))).toEqual([]);
    expect(await page.evaluate(() => window.positionAsked)).toBe(0);
    expect(await page.evaluate(() => window.violations)).toEqual([]);
  });
}

test('the position is asked for once, after the click on "Bruk min posisjon"', async ({ page, context }) => {
  await context.grantPermissions(['geolocation']);
  await context.setGeolocation({ latitude: 63.75, longitude: 11.3 });
  await watch(page);
  await page.goto('/kart');
  expect(await page.evaluate(() => window.positionAsked)).toBe(0);
  await page.getByRole('button', { name: 'Bruk min posisjon' }).click();
  await expect(page.getByRole('heading', { name: 'Nærmeste tilbud fra der du er' })).toBeVisible();
  expect(await page.evaluate(() => window.positionAsked)).toBe(1);
  expect(await page.evaluate(() => window.violations)).toEqual([]);
});

test('/om lists every key the site keeps, and "Slett det som er lagret her" removes them all', async ({ page }) => {
  // What a visitor leaves: a ticked checklist item and a started update form.
  await page.goto('/kom-i-gang/forankring');
  await page.locator('[data-checklist] input[type=checkbox]').first().check();
  await page.goto('/oppdater');
  await page.locator('#f-navn').fill('Et utkast');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('digihjelpen.utkast'))).not.toBeNull();
  const kept = await page.evaluate(() => Object.keys(localStorage));
  expect(kept.some((k) => k.startsWith('digihjelpen.sjekkliste.'))).toBe(true);
  // Something else's key on the same site is not the site's to delete, and a copy for offline use.
  await page.evaluate(async () => {
    localStorage.setItem('annet', 'ikke vårt');
    await (await caches.open('digihjelpen-data')).put('/data/tilbud.json', new Response('{}'));
  });

  await page.goto('/om');
  const listed = await page.locator('main').innerText();
  for (const k of kept) {
    // Each key is named on the page, by itself or by the start it shares with its kind.
    expect(listed.includes(k) || (k.startsWith('digihjelpen.sjekkliste.') && listed.includes('digihjelpen.sjekkliste.')), k).toBe(true);
  }
  expect(listed).toContain('Cache Storage');
  await page.getByRole('button', { name: 'Slett det som er lagret her' }).click();
  await expect(page.locator('#slett-lagret-status')).toHaveText(`Slettet: ${kept.length} lagrede valg og kopiene for bruk uten nett.`);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['annet']);
  expect(await page.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('digihjelpen-')))).toEqual([]);
});
