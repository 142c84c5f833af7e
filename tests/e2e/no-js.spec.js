// Without JavaScript: every page is pre-rendered, so the handbook, /om and /tilgjengelighet
// are fully readable and navigable, and /kart lists every offer with its facts and contact
// details. What needs the app (search, filters, the map) is hidden, and says so.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('./helpers');

test.use({ javaScriptEnabled: false });

const PUBLIC = path.join(__dirname, '../../public');
const handbook = JSON.parse(fs.readFileSync(path.join(PUBLIC, 'data/handbok.json'), 'utf8'));
const offers = JSON.parse(fs.readFileSync(path.join(PUBLIC, 'data/tilbud.json'), 'utf8')).tilbud;

// Words from the first plain paragraph of a Markdown file: they must be on the page.
function firstWords(file) {
  const text = fs.readFileSync(path.join(PUBLIC, file), 'utf8');
  const line = text.split('\n').map((l) => l.trim())
    .find((l) => l && !/^[#>|\-*\d<!]/.test(l) && !/[[\]*_`]/.test(l.slice(0, 60)));
  return line ? line.split(/\s+/).slice(0, 6).join(' ') : null;
}

const pages = handbook.moduler.flatMap((m) => [
  { url: `/${m.slug}`, title: m.tittel },
  ...m.sider.map((p) => ({ url: `/${m.slug}/${p.slug}`, title: p.tittel, file: p.fil })),
]);

for (const p of pages) {
  test(`without JavaScript, ${p.url} is readable`, async ({ page }) => {
    const response = await page.goto(p.url);
    expect(response.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(p.title);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')).toHaveCount(6);
    if (p.file) {
      const words = firstWords(p.file);
      expect(words, `${p.file} has a plain paragraph`).not.toBeNull();
      await expect(page.locator('main')).toContainText(words);
      expect((await page.locator('.md-body').first().innerText()).length).toBeGreaterThan(200);
    } else {
      // A module page links to each of its pages.
      const module = handbook.moduler.find((m) => `/${m.slug}` === p.url);
      for (const sub of module.sider) {
        await expect(page.locator(`main a[href="/${module.slug}/${sub.slug}"]`).first()).toBeVisible();
      }
    }
    await expect(page.locator('.loading')).toHaveCount(0);
  });
}

for (const [url, title] of [['/om', 'Om Digihjelpen'], ['/tilgjengelighet', 'Tilgjengelighetserklæring']]) {
  test(`without JavaScript, ${url} is readable`, async ({ page }) => {
    await page.goto(url);
    await expect(page.locator('h1')).toHaveText(title);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(500);
  });
}

test('without JavaScript, the header and footer links lead to real pages', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kom i gang' }).click();
  await expect(page).toHaveURL(/\/kom-i-gang$/);
  await expect(page.locator('h1')).toHaveText('Hvordan komme i gang?');
  await page.locator('main a[href="/kom-i-gang/forankring"]').first().click();
  await expect(page.locator('h1')).toHaveText('Forankring av tilbudet');
  await page.getByRole('link', { name: 'Tilgjengelighet' }).click();
  await expect(page.locator('h1')).toHaveText('Tilgjengelighetserklæring');
});

test('without JavaScript, /kart lists every offer with its facts and contact details', async ({ page }) => {
  await page.goto('/kart');
  await expect(page.locator('h1')).toHaveText('Finn hjelp der du bor');
  await expect(page.getByText('Søket, filtrene og kartet virker bare med JavaScript')).toBeVisible();
  // What cannot work without the app is not shown.
  await expect(page.locator('.finder-controls')).toBeHidden();
  await expect(page.locator('.finder-map')).toBeHidden();
  const items = page.locator('.finder-list .offer-item');
  await expect(items).toHaveCount(Math.min(offers.length, 25));
  await expect(page.locator('.result-count')).toHaveText(`${offers.length} av ${offers.length} registrerte tilbud vises`);
  for (const offer of offers.slice(0, 25)) {
    const item = items.filter({ has: page.getByRole('heading', { name: offer.navn, exact: true }) });
    await expect(item).toHaveCount(1);
    await expect(item.locator('dl.offer-facts dt').first()).toBeVisible();
    const contact = offer.kontakt || {};
    for (const value of [contact.telefon, contact.epost, contact.nettside].filter(Boolean)) {
      await expect(item).toContainText(value.replace(/^https:\/\//, ''));
    }
    await expect(item.getByRole('button', { name: 'Vis på kartet' })).toBeHidden();
  }
});

test('without JavaScript, the front page points to the list of offers', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Digihjelpen');
  await expect(page.locator('.home-search')).toBeHidden();
  await page.locator('main').getByRole('link', { name: 'Finn hjelp der du bor' }).first().click();
  await expect(page.locator('h1')).toHaveText('Finn hjelp der du bor');
});

test('an unknown path is the 404 page, with HTTP status 404', async ({ page }) => {
  const response = await page.goto('/finnes-ikke/her');
  expect(response.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Fant ikke siden');
});
