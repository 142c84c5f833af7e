// /status: the numbers equal the CLI's `stats --json` for the bundled data, the CSV downloads
// and parses to the same numbers, the missing list filters and sorts, and axe-core passes.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect, offline, axe, serveOffers } = require('./helpers');

const ROOT = path.join(__dirname, '../..');
function cliStats() {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'digihjelpen-cli', '--', 'stats', '--json', 'public/data/tilbud.json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out);
}

// Compile the CLI once, before the timed tests.
test.beforeAll(() => {
  test.setTimeout(600_000);
  execFileSync('cargo', ['build', '-q', '-p', 'digihjelpen-cli'], { cwd: ROOT });
});

test.beforeEach(async ({ page }) => { await offline(page); });

test('/status shows the same numbers as `digihjelpen stats`', async ({ page }) => {
  const stats = cliStats();
  await page.goto('/status');
  await expect(page.locator('.national-count')).toHaveText(String(stats.kommuner_med_tilbud));
  await expect(page.locator('.national-total')).toHaveText(String(stats.kommuner));
  await expect(page.locator('.national-offers')).toHaveText(String(stats.tilbud - stats.illustrative));
  await expect(page.locator('.national-share')).toHaveText(`${stats.dekning_prosent.toFixed(1).replace('.', ',')} %`);
  for (const county of stats.fylker) {
    const row = page.locator(`.county-table tr[data-fylke="${county.nummer}"]`);
    const cells = await row.locator('td').allInnerTexts();
    expect([cells[0], cells[1], cells[2], cells[4]].map(Number), county.navn)
      .toEqual([county.kommuner, county.kommuner_med_tilbud, county.kommuner_bare_eksempler, county.tilbud]);
  }
  const missing = stats.kommuner - stats.kommuner_med_tilbud;
  await expect(page.locator('.missing-count')).toHaveText(`${missing} kommuner uten bekreftet tilbud`);
  await expect(page.locator('.missing-list li')).toHaveCount(missing);
  // Entries copied from the 2018 report are stale, and shown as such.
  await expect(page.locator('.stale-list li')).toHaveCount(stats.utdaterte);
  await expect(page.locator('.stale-count')).toHaveText(`${stats.utdaterte} tilbud er ikke bekreftet de siste 12 månedene.`);
  await expect(page.getByText('Kilde: prosjektrapporten Digihjelpen (KMD og KS, 2018), kapittel 3.2.')).toBeVisible();
});

// A small RFC 4180 parser: commas, quoted fields with "" escapes, CRLF or LF line ends.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i += 1; } else if (ch === '"') { quoted = false; } else { field += ch; }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field); field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field); rows.push(row); row = []; field = '';
    } else {
      field += ch;
    }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('the CSV downloads and parses to the same numbers', async ({ page }) => {
  const stats = cliStats();
  await page.goto('/status');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^digihjelpen-status-\d{4}-\d{2}-\d{2}\.csv$/);
  const raw = fs.readFileSync(await download.path(), 'utf8');
  expect(raw.startsWith('\uFEFF'), 'UTF-8 with BOM').toBe(true);
  const rows = parseCsv(raw.slice(1));
  const header = ['del', 'nøkkel', 'navn', 'kommuner', 'kommuner_med_tilbud', 'andel_prosent', 'tilbud', 'sist_bekreftet', 'kommuner_bare_eksempler', 'eksempler'];
  expect(rows[0]).toEqual(header);
  for (const row of rows) expect(row, row.join('|')).toHaveLength(header.length);
  const national = rows.find((r) => r[0] === 'landet');
  expect(national.slice(3, 7).map(Number)).toEqual([stats.kommuner, stats.kommuner_med_tilbud, stats.dekning_prosent, stats.tilbud]);
  expect(national.slice(8, 10).map(Number)).toEqual([stats.kommuner_bare_eksempler, stats.illustrative]);
  for (const county of stats.fylker) {
    const row = rows.find((r) => r[0] === 'fylke' && r[1] === county.nummer);
    expect(row[2]).toBe(county.navn);
    expect([row[3], row[4], row[6], row[8]].map(Number)).toEqual([county.kommuner, county.kommuner_med_tilbud, county.tilbud, county.kommuner_bare_eksempler]);
  }
  expect(rows.filter((r) => r[0] === 'uten_tilbud')).toHaveLength(stats.kommuner - stats.kommuner_med_tilbud);
  for (const [part, counts] of [['sted', stats.steder], ['form', stats.former], ['malgruppe', stats.malgrupper]]) {
    const got = Object.fromEntries(rows.filter((r) => r[0] === part).map((r) => [r[1], Number(r[6])]));
    expect(got, part).toEqual(counts);
  }
  const stale = rows.filter((r) => r[0] === 'utdatert');
  expect(stale).toHaveLength(stats.utdaterte);
  for (const r of stale) expect(r[7]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const baseline = rows.filter((r) => r[0] === 'grunnlag_2017').map((r) => [r[1], Number(r[3]), Number(r[5])]);
  expect(baseline).toEqual([['stor', 103, 17], ['middels', 103, 41], ['liten', 103, 42]]);
});

// CSV injection (issue 14): an offer whose name is a formula is written defused, with a
// leading apostrophe, so a spreadsheet shows the text and never runs it. The offer is a
// test fixture (illustrative, no contact details), added to the bundled data on the wire.
test('a formula in an offer name is defused in the CSV', async ({ page }) => {
  const formula = '=HYPERLINK("https://x","klikk")';
  const bundled = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/data/tilbud.json'), 'utf8'));
  bundled.tilbud.push({
    id: 'test-formel-i-navnet', kommune: '5037', navn: formula, sted: { type: 'bibliotek' },
    malgrupper: ['alle'], sist_verifisert: '2018-01-31', kilde: 'Testdata', illustrativ: true,
  });
  await page.route('**/data/tilbud.json', (route) => route.fulfill({ json: bundled }));
  await page.goto('/status');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned som CSV' }).click(),
  ]);
  const raw = fs.readFileSync(await download.path(), 'utf8');
  expect(raw).toContain(`"'=HYPERLINK(""https://x"",""klikk"")"`);
  const row = parseCsv(raw.slice(1)).find((r) => r[0] === 'utdatert' && r[1] === 'test-formel-i-navnet');
  expect(row[2]).toBe(`'${formula}`);
});

test('offers by venue kind, format and target group match `digihjelpen stats`', async ({ page }) => {
  const stats = cliStats();
  await page.goto('/status');
  for (const [caption, counts] of [['Tilbud etter type sted', stats.steder], ['Tilbud etter måten hjelpen gis på', stats.former], ['Tilbud etter målgruppe', stats.malgrupper]]) {
    const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
    for (const [slug, n] of Object.entries(counts)) {
      await expect(table.locator(`tr[data-key="${slug}"] td`), `${caption}: ${slug}`).toHaveText(String(n));
    }
  }
  // The 2017 baseline is dated and sourced.
  const baseline = page.locator('.baseline-table');
  await expect(baseline.locator('caption')).toHaveText('Svar fra 103 kommuner, våren 2017');
  await expect(baseline.locator('td')).toHaveText(['17 %', '41 %', '42 %']);
});

test('the list of municipalities without an offer filters by county and sorts', async ({ page }) => {
  await page.goto('/status');
  const items = page.locator('.missing-list li');
  const all = await items.count();
  await page.getByLabel('Vis kommuner i').selectOption('50');
  // Trøndelag's municipalities only (the first use of a control hands the page to the app).
  await expect.poll(() => items.count()).toBeLessThan(all);
  const names = await page.locator('.missing-list .missing-name').allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => /\(50\d\d\)$/.test(n))).toBe(true);
  // Levanger has an example only, which is not coverage: it is listed, and says so.
  expect(names.some((n) => n.startsWith('Levanger'))).toBe(true);
  await page.getByRole('button', { name: 'Sorter etter kommunenummer' }).click();
  const numbersNow = async () => (await page.locator('.missing-list .missing-name').allInnerTexts()).map((n) => n.match(/\((\d{4})\)$/)[1]);
  await expect.poll(async () => { const n = await numbersNow(); return [...n].sort().join() === n.join(); }).toBe(true);
  const numbers = await numbersNow();
  await items.first().getByRole('link', { name: /Se på kartet/ }).click();
  await expect(page).toHaveURL(new RegExp(`/kart\\?kommune=${numbers[0]}`));
});

test('/status has no axe-core violations', async ({ page }) => {
  await page.goto('/status');
  await expect(page.locator('.county-table')).toBeVisible();
  await axe(page);
});

test('/status is kept as built until a control is used; the first use is then carried out by the app', async ({ page }) => {
  const scripts = [];
  page.on('request', (r) => { if (/\.(js|wasm)$/.test(new URL(r.url()).pathname)) scripts.push(new URL(r.url()).pathname); });
  await page.goto('/status');
  await page.locator('h1').evaluate((h) => { h.dataset.original = 'ja'; });
  expect(scripts.some((s) => /^\/reader-/.test(s))).toBe(true);
  expect(scripts.filter((s) => /^\/status-/.test(s))).toEqual([]);
  const all = await page.locator('.missing-list li').count();
  // The first change of the county, made on the page as built, loads the app, which does it.
  await page.getByLabel('Vis kommuner i').selectOption('18');
  await expect(page.locator('h1')).not.toHaveAttribute('data-original', 'ja');
  expect(scripts.some((s) => /^\/status-/.test(s))).toBe(true);
  await expect(page.getByLabel('Vis kommuner i')).toHaveValue('18');
  await expect.poll(() => page.locator('.missing-list li').count()).toBeLessThan(all);
  await expect(page.locator('.missing-list li').first()).toContainText('18');
});

// Point 5 of issue 14: examples (`illustrativ`) are not coverage, on /status, the front page and
// the map's legend, counted by one rule (digihjelpen::Coverage).
test('examples are not coverage: /status, the front page and the map say so', async ({ page }) => {
  await page.goto('/status');
  await expect(page.locator('.national')).toContainText('0 av 357 kommuner har bekreftet et tilbud (0,0 %). 0 bekreftede tilbud i alt.');
  await expect(page.locator('.national-examples')).toHaveText(
    'Kartet viser også 8 eksempler. Eksemplene er ikke bekreftet av kommunene og teller ikke med her. 8 kommuner har bare eksempler.');
  await expect(page.locator('.missing-list li', { hasText: 'Levanger (5037)' })).toContainText('(har et eksempel på kartet)');
  await expect(page.locator('.missing-example')).toHaveCount(8);

  await page.goto('/');
  await expect(page.locator('.home-search .summary')).toHaveText('0 kommuner har bekreftet et tilbud ennå. Kartet viser også 8 eksempler som ikke er bekreftet.');

  await page.goto('/kart');
  await page.getByLabel('Vis hvilke kommuner som har tilbud').check();
  await expect(page.locator('.map-legend li')).toHaveText(['Kommunen har bekreftet et tilbud', 'Bare eksempler, ikke bekreftet', 'Ingen tilbud registrert']);
  const swatches = await page.locator('.map-legend .swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  expect(swatches).toEqual(['rgb(8, 64, 28)', 'rgb(194, 124, 0)', 'rgb(255, 255, 255)']);
});

test('a confirmed offer counts: the front page and /status follow the data', async ({ page }) => {
  const offers = JSON.parse(fs.readFileSync(path.join(ROOT, 'public/data/tilbud.json'), 'utf8'));
  offers.tilbud[0].illustrativ = false; // a fixture: Sandefjord's example marked as confirmed
  await serveOffers(page, offers);
  await page.goto('/');
  await expect(page.locator('.home-search .summary')).toHaveText('1 kommune har bekreftet et tilbud. Kartet viser også 7 eksempler som ikke er bekreftet.');
  await page.goto('/status');
  // The pre-rendered page is of the bundled data; the changed file hands it to the status entry point.
  await expect(page.locator('.national-count')).toHaveText('1');
  await expect(page.locator('.national-offers')).toHaveText('1');
  await expect(page.locator('.county-table tr[data-fylke="39"] td')).toHaveText(['6', '1', '1', '16,7 %', '2', '1']);
});
