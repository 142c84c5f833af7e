// The web handbook: every page of handbok.json renders its h1, breadcrumbs and body and passes
// axe-core; checklists keep their ticks across a reload and reset; templates download as Word
// files; site search finds municipalities and handbook text and explains an empty result;
// hostile content renders as text.
const fs = require('fs');
const path = require('path');
const { test, expect, offline, watchConsole, axe } = require('./helpers');

const ROOT = path.join(__dirname, '../..');
const HANDBOOK = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/data/handbok.json'), 'utf8'));
const PAGES = HANDBOOK.moduler.flatMap((m) => m.sider.map((p) => ({ module: m, page: p })));
const WITH_CHECKLIST = PAGES.filter((x) => x.page.sjekkliste);
const WITH_TEMPLATE = PAGES.filter((x) => x.page.mal);

test.beforeEach(async ({ page }) => { await offline(page); });

test('the handbook has the pages Vedlegg 1 asks for', () => {
  expect(HANDBOOK.moduler.map((m) => m.slug)).toEqual(['hva-er-digihjelpen', 'kom-i-gang', 'eksempler', 'ressurser']);
  const checklists = WITH_CHECKLIST.map((x) => x.page.sjekkliste.id);
  for (const id of ['nasituasjon', 'forankring', 'organisering', 'oppstart']) expect(checklists).toContain(id);
  expect(WITH_TEMPLATE.map((x) => x.page.mal.id).sort()).toEqual(['frivillig-avtale', 'nav-avtale', 'politisk-sak']);
});

for (const { module, page: p } of PAGES) {
  const url = `/${module.slug}/${p.slug}`;
  test(`${url} renders its heading, breadcrumbs and body, and passes axe-core`, async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto(url);
    await expect(page.locator('h1')).toHaveText(p.tittel);
    const crumbs = page.getByRole('navigation', { name: 'Brødsmulesti' });
    await expect(crumbs.locator('ol li')).toHaveCount(3);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText(p.tittel);
    await expect(crumbs.getByRole('link', { name: module.tittel, exact: true })).toHaveAttribute('href', `/${module.slug}`);
    // The Markdown body arrived and rendered (its first paragraph is real text).
    await expect(page.locator('.handbook-page .md-body p').first()).not.toBeEmpty();
    await expect(page.getByText('Sist oppdatert')).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(p.tittel.replace(/[?()]/g, '\\$&')));
    await axe(page);
    expect(errors).toEqual([]);
  });
}

test('each module page lists its pages, and the navigation reaches every module', async ({ page }) => {
  for (const module of HANDBOOK.moduler) {
    await page.goto(`/${module.slug}`);
    const links = page.locator('.handbook-pages a');
    await expect(links).toHaveCount(module.sider.length);
    for (const [i, p] of module.sider.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `/${module.slug}/${p.slug}`);
    }
  }
});

test('previous/next walk through a module in order', async ({ page }) => {
  const module = HANDBOOK.moduler[1];
  await page.goto(`/${module.slug}/${module.sider[0].slug}`);
  const pager = page.getByRole('navigation', { name: 'Forrige og neste side' });
  await expect(pager.getByRole('link', { name: /Forrige side/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Neste side/ }).click();
  await expect(page.locator('h1')).toHaveText(module.sider[1].tittel);
  await expect(pager.getByRole('link', { name: /Forrige side/ })).toContainText(module.sider[0].tittel);
});

test('an unknown page in a module says so and lists the pages that exist', async ({ page }) => {
  await page.goto('/kom-i-gang/finnes-ikke');
  await expect(page.locator('h1')).toHaveText('Fant ikke siden');
  await expect(page.locator('.handbook-pages a')).toHaveCount(HANDBOOK.moduler[1].sider.length);
});

test('the skill table and target groups come from the domain crate', async ({ page }) => {
  await page.goto('/hva-er-digihjelpen/grunnleggende-digital-kompetanse');
  const table = page.locator('table.skills-table');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  await expect(table.locator('thead th')).toHaveCount(3);
  await page.goto('/hva-er-digihjelpen/malgrupper');
  await expect(page.locator('.target-groups li').first()).toBeVisible();
});

test('a checklist keeps its ticks across a reload, and resets', async ({ page }) => {
  const { module, page: p } = WITH_CHECKLIST[0];
  await page.goto(`/${module.slug}/${p.slug}`);
  const list = page.locator(`[data-checklist="${p.sjekkliste.id}"]`);
  const boxes = list.getByRole('checkbox');
  const total = p.sjekkliste.punkter.length;
  await expect(boxes).toHaveCount(total);
  await expect(list.locator('.checklist-progress')).toHaveText(`0 av ${total} gjort`);
  await boxes.nth(0).check();
  await boxes.nth(2).check();
  await expect(list.locator('.checklist-progress')).toHaveText(`2 av ${total} gjort`);
  await page.reload();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(list.locator('.checklist-progress')).toHaveText(`2 av ${total} gjort`);
  // Other checklists are stored separately.
  const other = WITH_CHECKLIST[1];
  await page.goto(`/${other.module.slug}/${other.page.slug}`);
  await expect(page.locator(`[data-checklist="${other.page.sjekkliste.id}"] .checklist-progress`)).toHaveText(`0 av ${other.page.sjekkliste.punkter.length} gjort`);
  await page.goto(`/${module.slug}/${p.slug}`);
  await list.getByRole('button', { name: 'Fjern alle avkrysninger' }).click();
  await expect(list.locator('.checklist-progress')).toHaveText(`0 av ${total} gjort`);
  await expect(list.getByRole('button', { name: 'Angre' })).toBeVisible();
  await page.reload();
  await expect(boxes.nth(0)).not.toBeChecked();
  expect(await page.evaluate((id) => localStorage.getItem(`digihjelpen.sjekkliste.${id}`), p.sjekkliste.id)).toBeNull();
});

for (const { module, page: p } of WITH_TEMPLATE) {
  test(`the template ${p.mal.id} reads on the page and downloads as a Word file`, async ({ page }) => {
    await page.goto(`/${module.slug}/${p.slug}`);
    const section = page.locator('section.template');
    // The section's own heading (the template's text has headings of its own, loaded later).
    await expect(section.locator(`#mal-${p.mal.id}`)).toHaveText(p.mal.tittel);
    await expect(section).toHaveAttribute('aria-labelledby', `mal-${p.mal.id}`);
    await expect(section.locator('.template-body')).not.toBeEmpty();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('link', { name: 'Last ned malen som Word-fil (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${p.mal.id}.docx`);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.length).toBeGreaterThan(2000);
    // A .docx is a zip with the Word document part inside.
    expect(bytes.subarray(0, 4).toString('binary')).toBe('PK\u0003\u0004');
    expect(bytes.includes(Buffer.from('word/document.xml'))).toBe(true);
    expect(bytes.includes(Buffer.from('[Content_Types].xml'))).toBe(true);
  });
}

test('/sok?q=tromso finds Tromsø, with the count announced', async ({ page }) => {
  await page.goto('/sok?q=tromso');
  const count = page.locator('.search-count');
  await expect(count).toHaveAttribute('role', 'status');
  await expect(count).toContainText('treff');
  const group = page.locator('section.search-group', { has: page.getByRole('heading', { name: 'Kommuner' }) });
  await expect(group.getByRole('link', { name: 'Tromsø' }).first()).toBeVisible();
  await expect(page.locator('#sok-felt')).toHaveValue('tromso');
  await axe(page);
});

test('/sok?q=grunnleggende finds handbook pages with the match highlighted', async ({ page }) => {
  await page.goto('/sok?q=grunnleggende');
  const group = page.locator('section.search-group', { has: page.getByRole('heading', { name: 'I håndboken' }) });
  await expect(group.locator('li.search-result').first()).toBeVisible();
  await expect(group.getByRole('link', { name: 'Hva er grunnleggende digital kompetanse?' })).toBeVisible();
  await expect(group.locator('mark').first()).toHaveText(/grunnleggende/i);
  // Searching again from the field updates the URL and the results, with the keyboard alone.
  await page.locator('#sok-felt').fill('sjekkliste');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sok\?q=sjekkliste$/);
  await expect(page.locator('mark').first()).toHaveText(/sjekkliste/i);
});

test('a search with no hits says so and suggests what to try', async ({ page }) => {
  await page.goto('/sok?q=qxzvbnmk');
  await expect(page.locator('.search-count')).toContainText('0');
  await expect(page.locator('.search-none')).toContainText('Ingen treff for «qxzvbnmk».');
  await expect(page.locator('.search-none li').first()).toBeVisible();
  await axe(page);
});

test('a content file with <script> and raw HTML renders as text', async ({ page }) => {
  const { module, page: p } = PAGES[0];
  const hostile = '## Farlig\n\n<script>window.__owned = 1</script>\n\n<img src=x onerror="window.__owned = 2">\n\n[lenke](javascript:window.__owned=3)';
  await page.route(`**/${p.fil}`, (route) => route.fulfill({ status: 200, contentType: 'text/markdown', body: hostile }));
  await page.goto(`/${module.slug}/${p.slug}`);
  const body = page.locator('.handbook-page .md-body');
  await expect(body).toContainText('<script>window.__owned = 1</script>');
  await expect(body).toContainText('<img src=x onerror="window.__owned = 2">');
  await expect(body.locator('script, img')).toHaveCount(0);
  await expect(body.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(body.getByText('lenke')).toBeVisible();
  expect(await page.evaluate(() => window.__owned)).toBeUndefined();
});

test('a missing content file shows an error with a retry, and the rest of the page works', async ({ page }) => {
  const { module, page: p } = PAGES[0];
  await page.route(`**/${p.fil}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(`/${module.slug}/${p.slug}`);
  await expect(page.locator('h1')).toHaveText(p.tittel);
  await expect(page.getByRole('button', { name: 'Prøv igjen' })).toBeVisible();
});
