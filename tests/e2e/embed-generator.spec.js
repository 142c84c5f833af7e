// The embed code generator: choices change the preview and the snippet; the snippet has a
// title, lazy loading, a narrow sandbox and the optional resize script; axe-core passes.
const { test, expect, offline, axe, watchConsole } = require('./helpers');

test('choosing a municipality and view updates the preview and the snippet', async ({ page }) => {
  await offline(page);
  const errors = watchConsole(page);
  await page.goto('/bygg-inn');
  await page.getByLabel('Fylke').selectOption({ value: '50' });
  await page.getByLabel('Kommune', { exact: true }).selectOption({ value: '5037' });
  await page.getByLabel('Bare liste').check();
  await page.getByLabel('Høyde i piksler').fill('640');
  await page.getByLabel('Høyde i piksler').press('Tab');

  const code = page.getByLabel('Kode til kommunens nettside');
  await expect(code).toHaveValue(/\/embed\?kommune=5037&amp;visning=liste&amp;sprak=nb/);
  const snippet = await code.inputValue();
  expect(snippet).toContain('title="Tilbud om digital hjelp i Levanger"');
  expect(snippet).toContain('loading="lazy"');
  expect(snippet).toContain('height="640"');
  expect(snippet).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
  expect(snippet).toContain('digihjelpen:height');

  const preview = page.locator('.embed-preview iframe');
  await expect(preview).toHaveAttribute('src', '/embed?kommune=5037&visning=liste&sprak=nb');
  await expect(preview).toHaveAttribute('title', 'Tilbud om digital hjelp i Levanger');

  expect(snippet).not.toContain('allow=');

  // Another language: the widget's own heading in that language becomes the iframe's title.
  await page.getByLabel('Språk').selectOption({ value: 'nn' });
  await expect(preview).toHaveAttribute('src', '/embed?kommune=5037&visning=liste&sprak=nn');
  await expect(preview).toHaveAttribute('title', 'Tilbod om digital hjelp i Levanger');
  await expect(code).toHaveValue(/title="Tilbod om digital hjelp i Levanger"/);
  await expect(page.frameLocator('.embed-preview iframe').locator('h1')).toHaveText('Tilbod om digital hjelp i Levanger');

  await page.getByLabel(/Tilpass høyden automatisk/).uncheck();
  await expect(code).not.toHaveValue(/<script>/);
  expect(errors).toEqual([]);
});

test('the copy button copies the snippet and says so', async ({ page, context }) => {
  await offline(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/bygg-inn');
  await page.getByLabel('Kommune', { exact: true }).selectOption({ value: '3907' });
  await page.getByRole('button', { name: 'Kopier koden' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Koden er kopiert' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('/embed?kommune=3907');
  expect(copied).toBe(await page.getByLabel('Kode til kommunens nettside').inputValue());
});

test('/bygg-inn has no axe-core violations', async ({ page }) => {
  await offline(page);
  await page.goto('/bygg-inn');
  await expect(page.getByLabel('Kode til kommunens nettside')).toBeVisible();
  await axe(page);
});
