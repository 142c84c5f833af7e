// Data loading: a missing, a malformed and a schema-invalid data file each show a clear
// message in Norwegian with the file name and a retry button; retrying works once the data is
// good again; the rest of the site keeps working.
const { test, expect, offline, watchConsole } = require('./helpers');

const OFFERS = '**/data/tilbud.json';

const BAD = [
  ['a missing file', { status: 404, body: 'Not Found' }, 'Filen finnes ikke på serveren (404)'],
  ['a server error', { status: 500, body: 'oops' }, 'Serveren svarte med en feil (500)'],
  ['malformed JSON', { status: 200, contentType: 'application/json', body: '{"tilbud": [ {"id": ' }, 'Filen er ikke gyldig JSON'],
  ['a schema-invalid file', { status: 200, contentType: 'application/json', body: '{"tilbud": "ikke en liste"}' }, 'Filen følger ikke dataformatet'],
];

for (const [what, response, message] of BAD) {
  test(`${what} shows the error and the retry works once the data is good`, async ({ page }) => {
    await offline(page);
    let broken = true;
    await page.route(OFFERS, (route) => (broken ? route.fulfill(response) : route.fallback()));
    await page.goto('/kart');
    const alert = page.locator('.data-error');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('Vi fikk ikke lastet oversikten over tilbud');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('/data/tilbud.json');
    // The rest of the site keeps working.
    await expect(page.locator('h1')).toHaveText('Finn hjelp der du bor');
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();

    broken = false;
    await alert.getByRole('button', { name: 'Prøv igjen' }).click();
    await expect(alert).toHaveCount(0);
    await expect(page.locator('main')).toContainText('registrerte tilbud');
  });
}

test('a failed data file does not break navigation to other pages', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  await page.route(OFFERS, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/status');
  await expect(page.locator('.data-error')).toBeVisible();
  await page.getByRole('link', { name: 'Kom i gang' }).click();
  await expect(page.locator('h1')).toHaveText('Hvordan komme i gang?');
  // The only console errors are the browser's own reports of the 404 response.
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
});

test('a Leptos page whose data fails keeps its pre-rendered content, and the retry renders it', async ({ page }) => {
  await offline(page);
  let broken = true;
  await page.route(OFFERS, (route) => (broken ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback()));
  await page.goto('/oppdater');
  const alert = page.locator('.data-error');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Serveren svarte med en feil (500)');
  // What the build rendered is still there, under the message.
  await expect(page.locator('h1')).toHaveText('Meld inn eller oppdater et tilbud');
  await expect(page.locator('main form').first()).toBeVisible();
  await page.locator('h1').evaluate((h) => { h.dataset.original = 'ja'; });
  broken = false;
  await alert.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(alert).toHaveCount(0);
  // Now the app's own render has replaced the pre-rendered page.
  await expect(page.locator('h1')).not.toHaveAttribute('data-original', 'ja');
  await expect(page.locator('main form').first()).toBeVisible();
});

test('/status whose data fails keeps its figures, says so, and the retry works', async ({ page }) => {
  await offline(page);
  let broken = true;
  await page.route(OFFERS, (route) => (broken ? route.fulfill({ status: 500, body: 'oops' }) : route.fallback()));
  await page.goto('/status');
  const alert = page.locator('.data-error');
  await expect(alert).toContainText('Serveren svarte med en feil (500)');
  await expect(page.locator('table.county-table')).toBeVisible();
  broken = false;
  await alert.getByRole('button', { name: 'Prøv igjen' }).click();
  await expect(alert).toHaveCount(0);
  await expect(page.locator('table.county-table')).toBeVisible();
});
