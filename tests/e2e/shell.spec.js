// The app shell: every route renders its h1 and title, the 404 page, skip link, keyboard
// navigation, and axe-core on every route.
const { test, expect, ROUTES, watchConsole, offline, axe } = require('./helpers');

test.beforeEach(async ({ page }) => { await offline(page); });

for (const [path, heading] of ROUTES) {
  test(`${path} renders its heading and title without console errors`, async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(page).toHaveTitle(heading === 'Digihjelpen' ? 'Digihjelpen' : `${heading} – Digihjelpen`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });

  test(`${path} has no axe-core violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('h1')).toHaveText(heading);
    await page.waitForLoadState('networkidle');
    await axe(page);
  });
}

test('an unknown route shows a helpful 404 page inside the site', async ({ page }) => {
  await page.goto('/finnes-ikke/her');
  await expect(page.locator('h1')).toHaveText('Fant ikke siden');
  await expect(page.locator('main')).toContainText('/finnes-ikke/her');
  await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  await axe(page);
});

test('the skip link is first in the tab order and moves focus to main', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('the main navigation works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('Digihjelpen');
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  const targets = [
    ['Hva er Digihjelpen?', '/hva-er-digihjelpen', 'Hva er Digihjelpen?'],
    ['Kom i gang', '/kom-i-gang', 'Hvordan komme i gang?'],
    ['Eksempler fra kommunene', '/eksempler', 'Eksempler fra kommunene'],
    ['Ressurser', '/ressurser', 'Ressurser til bruk i veiledning'],
    ['Kart', '/kart', 'Finn hjelp der du bor'],
    ['Status', '/status', 'Status: hvor finnes det tilbud?'],
  ];
  for (const [label, path, heading] of targets) {
    const link = nav.getByRole('link', { name: label, exact: true });
    // Tab until the link has focus, as a keyboard user would: forwards from the top of the
    // front page, backwards from a page's heading (where focus lands after navigation).
    const key = path === targets[0][1] ? 'Tab' : 'Shift+Tab';
    for (let i = 0; i < 40; i += 1) {
      if (await link.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press(key);
    }
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('h1')).toHaveText(heading);
    await expect(link).toHaveAttribute('aria-current', 'page');
  }
});

test('the footer links to Om and Tilgjengelighet', async ({ page }) => {
  await page.goto('/');
  const footer = page.locator('footer');
  await footer.getByRole('link', { name: 'Tilgjengelighetserklæring' }).click();
  await expect(page.locator('h1')).toHaveText('Tilgjengelighetserklæring');
  await footer.getByRole('link', { name: /Om Digihjelpen/ }).click();
  await expect(page.locator('h1')).toHaveText('Om Digihjelpen');
  await expect(page.locator('main')).toContainText('© Kartverket');
});

// Zoom: a 1280 px window at 400 % is 320 CSS px wide (WCAG 1.4.10 reflow), at 200 % it is 640.
// Every route, plus the handbook pages with a checklist and a template, the widest content.
const ZOOM_PATHS = [...ROUTES.map(([path]) => path), '/kom-i-gang/forankring', '/ressurser/ressursliste'];

async function noHorizontalScroll(page, path) {
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
}

test('400 % zoom (320 px): every route reflows without horizontal scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ZOOM_PATHS) await noHorizontalScroll(page, path);
});

test.describe('200 % zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  test('every route reflows and has no axe-core violations', async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of ZOOM_PATHS) {
      await noHorizontalScroll(page, path);
      await axe(page);
    }
  });
});

test('the front page finds help by postcode, with the keyboard, and lands on the map', async ({ page }) => {
  const errors = watchConsole(page);
  await page.goto('/');
  const input = page.getByRole('combobox', { name: 'Kommune eller postnummer' });
  await input.fill('7600');
  await expect(page.locator('#kommunesok-forslag [role=option]').first()).toContainText('7600 Levanger');
  await input.press('ArrowDown');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/kart\?kommune=5037$/);
  await expect(page.locator('h1')).toHaveText('Finn hjelp der du bor');
  await expect(page.locator('.selected-municipality')).toContainText('Levanger');
  expect(errors).toEqual([]);
});
