// Shared helpers for the end-to-end tests.
const base = require('@playwright/test');

const { expect } = base;

// Every page is pre-rendered: its HTML is complete at once, and the app takes it over (swaps
// in its own render) once the route's data has loaded, marking <html data-app="klar">. Tests
// that interact wait for that moment, which `goto`, `reload` and `goBack` do here. A page
// without a pre-rendered root (the widget) or without JavaScript has nothing to wait for.
async function takenOver(page) {
  await page.waitForFunction(() => document.documentElement.dataset.app === 'klar'
    || !document.querySelector('.app-root'));
}

const test = base.test.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    // The originals stay reachable, for a test that acts before the takeover.
    page.raw = {};
    for (const name of ['goto', 'reload', 'goBack']) {
      const original = page[name].bind(page);
      page.raw[name] = original;
      page[name] = async (...args) => {
        const response = await original(...args);
        if (javaScriptEnabled !== false && response !== null) await takenOver(page);
        return response;
      };
    }
    await use(page);
  },
});
const { AxeBuilder } = require('@axe-core/playwright');

// Every route of DESIGN.md with the h1 it must render.
const ROUTES = [
  ['/', 'Digihjelpen'],
  ['/hva-er-digihjelpen', 'Hva er Digihjelpen?'],
  ['/kom-i-gang', 'Hvordan komme i gang?'],
  ['/eksempler', 'Eksempler fra kommunene'],
  ['/ressurser', 'Ressurser til bruk i veiledning'],
  ['/kart', 'Finn hjelp der du bor'],
  ['/status', 'Status: hvor finnes det tilbud?'],
  ['/bygg-inn', 'Bygg inn kartet på kommunens nettside'],
  ['/embed', 'Tilbud om digital hjelp'],
  ['/oppdater', 'Meld inn eller oppdater et tilbud'],
  ['/sok', 'Søk'],
  ['/tilgjengelighet', 'Tilgjengelighetserklæring'],
  ['/om', 'Om Digihjelpen'],
];

// Collects console errors and page errors; tests assert the list is empty on the good path.
// Errors the browser logs for blocked third-party requests (map tiles, which tests never
// fetch) are not the app's and are left out.
function watchConsole(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = (msg.location() && msg.location().url) || '';
    if (/^https?:\/\//.test(url) && !/^https?:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) return;
    errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

// Blocks every request that leaves the test server (map tiles): tests never need the internet.
async function offline(page) {
  await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort());
}

async function axe(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, 'axe-core violations').toEqual([]);
}

// Serves `offers` (a tilbud.json object, or the path of one) in place of the bundled offers,
// the way a deploy of that data does: tilbud.json and the per-area files written from it by
// the editors' CLI (`digihjelpen areas`, the build's own function), so every page — also
// `/kart?kommune=…` and the widget, which read only their area's file — shows it.
async function serveOffers(page, offers) {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const { execFileSync } = require('child_process');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'digihjelpen-data-'));
  const file = path.join(dir, 'tilbud.json');
  if (typeof offers === 'string') fs.copyFileSync(offers, file);
  else fs.writeFileSync(file, JSON.stringify(offers));
  execFileSync('cargo', ['run', '-q', '-p', 'digihjelpen-cli', '--', 'areas', file, '--out', dir],
    { cwd: path.join(__dirname, '../..'), stdio: ['ignore', 'ignore', 'pipe'] });
  const json = (route, name) => (fs.existsSync(path.join(dir, name))
    ? route.fulfill({ path: path.join(dir, name), contentType: 'application/json' })
    : route.fulfill({ status: 404, body: 'not found' }));
  await page.route('**/data/tilbud.json', (route) => json(route, 'tilbud.json'));
  await page.route('**/data/omrade/*.json', (route) => json(route, `omrade/${new URL(route.request().url()).pathname.split('/').pop()}`));
  return dir;
}

module.exports = {
  serveOffers,
  test, expect, takenOver, ROUTES, watchConsole, offline, axe,
};
