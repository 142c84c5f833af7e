// Faults per data file (issue 16): for every file the site loads at run time, each way a
// fetch goes wrong on a bad connection — 404, 500, no answer (the app gives up after 10 s), a
// slow answer (3 s), a body cut in half, an HTML page instead of the file — on a page that
// needs it. A failure gives a message naming the file, with "Prøv igjen"; what the page
// showed stays; the retry works once the file is good again. A slow answer is no failure: it
// is shown when it comes, and the page stays usable meanwhile.
const fs = require('fs');
const path = require('path');
const { test, expect, offline } = require('./helpers');

const PUBLIC = path.join(__dirname, '../../public');

// The handbook page's checklist is wired (its ticks are kept) only once its files loaded.
async function checklistWorks(page) {
  await page.locator('[data-checklist] input[type=checkbox]').first().check();
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage)
    .some((k) => k.startsWith('digihjelpen.sjekkliste.')))).toBe(true);
}

// File, the page that needs it, how to make the page load it, and what the page shows
// from it once loaded.
const FILES = [
  {
    file: '/data/tilbud.json', page: '/kart',
    shown: async (page) => expect(page.locator('.result-count')).toHaveText(/registrerte tilbud vises/),
  },
  {
    file: '/data/kommuner.json', page: '/kart',
    shown: async (page) => expect(page.locator('.result-count')).toHaveText(/registrerte tilbud vises/),
  },
  {
    file: '/data/handbok.json', page: '/kom-i-gang/forankring',
    shown: checklistWorks,
  },
  {
    file: '/innhold/kom-i-gang/forankring.md', page: '/kom-i-gang/forankring',
    shown: checklistWorks,
  },
  {
    file: '/data/ressurser.json', page: '/ressurser/ressursliste',
    shown: async (page) => expect(page.locator('.resource-filters')).toBeVisible(),
  },
  {
    file: '/data/postnummer.json', page: '/kart',
    // Loaded when a postcode is first typed.
    use: async (page) => page.getByRole('combobox', { name: 'Kommune eller postnummer' }).fill('7600'),
    shown: async (page) => expect(page.locator('#kommunesok-forslag [role=option]').first()).toContainText('7600 Levanger'),
  },
  {
    file: '/data/kommunegrenser.geojson', page: '/kart',
    // Loaded when the coverage layer is first shown.
    use: async (page) => page.getByLabel('Vis hvilke kommuner som har tilbud').check(),
    shown: async (page) => expect(page.locator('.map .leaflet-overlay-pane canvas').first()).toBeAttached(),
  },
];

const half = (file) => {
  const body = fs.readFileSync(path.join(PUBLIC, file), 'utf8');
  return body.slice(0, Math.floor(body.length / 2));
};

const FAULTS = [
  ['404', () => ({ status: 404, body: 'Not Found' }), /Filen finnes ikke på serveren \(404\)/],
  ['500', () => ({ status: 500, body: 'Internal Server Error' }), /Serveren svarte med en feil \(500\)/],
  ['an HTML page', () => ({ status: 200, contentType: 'text/html', body: '<!DOCTYPE html><html><body><h1>Logg inn på nettverket</h1></body></html>' }),
    /Serveren sendte en nettside i stedet for filen/],
  ['a body cut in half', (file) => ({ status: 200, contentType: file.endsWith('.md') ? 'text/markdown' : 'application/json', body: half(file) }),
    /ikke gyldig JSON|følger ikke dataformatet|ble avbrutt/],
];

for (const f of FILES) {
  for (const [fault, response, message] of FAULTS) {
    // A Markdown page cut short is still Markdown: nothing can tell it from an edit.
    if (fault === 'a body cut in half' && f.file.endsWith('.md')) continue;
    test(`${f.file} on ${f.page}: ${fault} gives a message with a retry that works`, async ({ page }) => {
      await offline(page);
      let broken = true;
      await page.route(`**${f.file}`, (route) => (broken ? route.fulfill(response(f.file)) : route.fallback()));
      await page.goto(f.page);
      const h1 = await page.locator('h1').innerText();
      if (f.use) await f.use(page);
      const alert = page.locator('.data-error');
      await expect(alert).toContainText(message);
      await expect(alert).toContainText(f.file);
      // What the page showed is still there.
      await expect(page.locator('h1')).toHaveText(h1);
      broken = false;
      await alert.getByRole('button', { name: 'Prøv igjen' }).click();
      await expect(alert).toHaveCount(0);
      await f.shown(page);
    });
  }

  test(`${f.file} on ${f.page}: no answer for 10 s gives a message with a retry that works`, async ({ page }) => {
    test.setTimeout(40_000);
    await offline(page);
    let broken = true;
    await page.route(`**${f.file}`, (route) => (broken ? undefined : route.fallback()));
    await page.goto(f.page);
    const h1 = await page.locator('h1').innerText();
    if (f.use) await f.use(page);
    const alert = page.locator('.data-error');
    await expect(alert).toContainText(/Serveren svarte ikke innen 10 sekunder/, { timeout: 15_000 });
    await expect(page.locator('h1')).toHaveText(h1);
    broken = false;
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(alert).toHaveCount(0);
    await f.shown(page);
  });

  test(`${f.file} on ${f.page}: a slow answer (3 s) is shown when it comes`, async ({ page }) => {
    await offline(page);
    await page.route(`**${f.file}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.fallback();
    });
    await page.raw.goto(f.page);
    await expect(page.locator('h1')).toBeVisible();
    if (f.use) await f.use(page);
    await f.shown(page);
    await expect(page.locator('.data-error')).toHaveCount(0);
  });
}
