// /oppdater: the update form. Errors from the domain crate show at the field and in the error
// summary; a filled form gives a tilbud.json entry that the CLI validates and merges, after
// which the map shows the new offer; the draft survives a reload; a registered offer can be
// loaded for editing; axe-core passes with errors showing.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect, offline, axe, watchConsole, serveOffers } = require('./helpers');

const ROOT = path.join(__dirname, '../..');
const OFFERS_FILE = path.join(ROOT, 'public/data/tilbud.json');
const SUBMIT = 'Kontroller og lag oppføringen';
const NAME = 'Digital hjelp på Hovedbiblioteket';

// Runs the editors' CLI (compiled on first use, hence the long timeouts of the tests using it).
function cli(...args) {
  return execFileSync('cargo', ['run', '-q', '-p', 'digihjelpen-cli', '--', ...args], { cwd: ROOT, encoding: 'utf8' });
}

function tempDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'digihjelpen-update-'));
}

// Today in the browser's time zone, as the form writes it.
async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
}

// Fills a complete offer for Tromsø (which has no registered offer). Contact details use the
// reserved example.no domain: nothing here is a real address.
async function fillValid(page) {
  await page.locator('#f-kommune').selectOption('5501');
  await page.locator('#f-navn').fill(NAME);
  await page.locator('#f-beskrivelse').fill('Hjelp med BankID, e-post og digitale skjema.');
  await page.locator('#f-sted-type').selectOption('bibliotek');
  await page.locator('#f-sted-navn').fill('Hovedbiblioteket');
  await page.locator('#f-trinnfri').selectOption('ja');
  await page.getByLabel('Eldre over 65 år').check();
  await page.getByLabel('Generell bruk av digitale verktøy og internett').check();
  await page.getByLabel('Drop-in').check();
  await page.getByLabel('nordsamisk').check();
  await page.getByRole('button', { name: 'Legg til en fast tid' }).click();
  await expect(page.locator('#f-tid-0-dag')).toBeFocused();
  await page.locator('#f-tid-0-dag').selectOption('tirsdag');
  await page.locator('#f-tid-0-fra').fill('10:00');
  await page.locator('#f-tid-0-til').fill('12:00');
  await page.getByLabel('Innbyggerne kan også bestille time').check();
  await page.locator('#f-epost').fill('digihjelp@example.no');
  await page.locator('#f-nettside').fill('https://example.no/digihjelp');
  await page.locator('#f-organisering').selectOption('fast');
  await page.locator('#f-utfort-av').selectOption('kombinasjon');
  await page.getByLabel('Seniornett').check();
}

// Compile the CLI once, before the timed tests.
test.beforeAll(() => {
  test.setTimeout(600_000);
  execFileSync('cargo', ['build', '-q', '-p', 'digihjelpen-cli'], { cwd: ROOT });
});

test.beforeEach(async ({ page }) => { await offline(page); });

test('the form rejects an invalid e-mail, a non-https link and a missing municipality', async ({ page }) => {
  await page.goto('/oppdater');
  await page.locator('#f-navn').fill(NAME);
  await page.locator('#f-epost').fill('ola@');
  await page.locator('#f-nettside').fill('http://example.no/digihjelp');
  await page.getByRole('button', { name: SUBMIT }).click();
  const summary = page.locator('.ds-error-summary');
  await expect(summary).toBeFocused();
  const expected = [
    ['f-kommune', 'Kommune', 'Kommune mangler'],
    ['f-epost', 'E-post', '"ola@" er ikke en gyldig e-postadresse'],
    ['f-nettside', 'Nettside', '"http://example.no/digihjelp" må begynne med https://'],
  ];
  for (const [id, label, message] of expected) {
    const field = page.locator(`#${id}`);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    expect((await field.getAttribute('aria-describedby')).split(' ')).toContain(`${id}-feil`);
    await expect(page.locator(`#${id}-feil`)).toHaveClass(/ds-validation-message/);
    await expect(page.locator(`#${id}-feil`)).toHaveText(message);
    const link = summary.getByRole('link', { name: `${label}: ${message}`, exact: true });
    await expect(link).toHaveAttribute('href', `#${id}`);
  }
  // A field without a problem is not marked.
  await expect(page.locator('#f-navn')).not.toHaveAttribute('aria-invalid', 'true');
  await summary.getByRole('link', { name: /^E-post:/ }).click();
  await expect(page.locator('#f-epost')).toBeFocused();
  await expect(page.locator('.update-result')).toHaveCount(0);
  // Fixing a field removes its error at once, at the field and in the summary.
  await page.locator('#f-epost').fill('digihjelp@example.no');
  await expect(page.locator('#f-epost')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#f-epost-feil')).toHaveCount(0);
  await expect(summary.getByRole('link', { name: /^E-post:/ })).toHaveCount(0);
  await expect(summary.getByRole('link', { name: /^Kommune:/ })).toHaveCount(1);
});

test('/oppdater has no axe-core violations with errors showing', async ({ page }) => {
  await page.goto('/oppdater');
  await page.locator('#f-epost').fill('ola@');
  await page.getByRole('button', { name: 'Legg til en fast tid' }).click();
  await page.locator('#f-tid-0-dag').selectOption('mandag');
  await page.locator('#f-tid-0-fra').fill('12:00');
  await page.locator('#f-tid-0-til').fill('10:00');
  await page.getByRole('button', { name: SUBMIT }).click();
  await expect(page.locator('.ds-error-summary')).toBeFocused();
  await expect(page.locator('#f-tid-0-til-feil')).toHaveText('sluttid 10:00 må være etter starttid 12:00');
  await expect(page.locator('.ds-error-summary').getByRole('link', { name: 'Tid 1: til: sluttid 10:00 må være etter starttid 12:00' })).toHaveAttribute('href', '#f-tid-0-til');
  await expect(page.locator('[aria-invalid="true"]').first()).toBeVisible();
  await axe(page);
});

test('a filled form gives an entry that the CLI validates and merges, and the map shows it', async ({ page }) => {
  test.setTimeout(300_000);
  const errors = watchConsole(page);
  await page.goto('/oppdater');
  await fillValid(page);
  await page.getByRole('button', { name: SUBMIT }).click();
  await expect(page.locator('#resultat')).toBeFocused();
  await expect(page.locator('.ds-error-summary')).toHaveCount(0);
  const shown = JSON.parse(await page.locator('#f-resultat').inputValue());
  expect(shown.id).toBe('tromso-hovedbiblioteket');
  expect(shown.kommune).toBe('5501');
  expect(shown.sist_verifisert).toBe(await browserToday(page));
  expect(shown.kontakt).toEqual({ epost: 'digihjelp@example.no', nettside: 'https://example.no/digihjelp' });
  expect(shown.apningstider).toEqual({ tider: [{ dag: 'tirsdag', fra: '10:00', til: '12:00' }], etter_avtale: true });
  expect(shown.sprak).toEqual(['se']);
  expect(shown.illustrativ).toBeUndefined();
  // No e-mail button: the bundled innstillinger.json sets no editors' address, and the page
  // says whom to contact in the file's words instead.
  await expect(page.getByRole('link', { name: 'Send til redaksjonen' })).toHaveCount(0);
  await expect(page.locator('.editors-contact')).toHaveText(
    'Det er ikke satt opp en e-postadresse til redaksjonen her ennå. Send oppføringen til redaksjonen slik dere har avtalt.');
  await axe(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tilbud-tromso-hovedbiblioteket.json');
  const entryText = fs.readFileSync(await download.path(), 'utf8');
  const entry = JSON.parse(entryText);
  expect(entry).toEqual(shown);

  const dir = tempDir();
  const wrapped = path.join(dir, 'tilbud.json');
  fs.writeFileSync(wrapped, JSON.stringify({ tilbud: [entry] }, null, 2));
  expect(cli('validate', wrapped)).toContain(': ok');

  // Merge into a copy of the bundled data, serve the copy, and find the offer on the map.
  const entryFile = path.join(dir, 'innsendt.json');
  fs.writeFileSync(entryFile, entryText);
  const merged = path.join(dir, 'tilbud-merged.json');
  fs.copyFileSync(OFFERS_FILE, merged);
  cli('merge', merged, entryFile);
  const mergedOffers = JSON.parse(fs.readFileSync(merged, 'utf8')).tilbud;
  const before = JSON.parse(fs.readFileSync(OFFERS_FILE, 'utf8')).tilbud.length;
  expect(mergedOffers).toHaveLength(before + 1);
  expect(mergedOffers.find((o) => o.id === entry.id)).toEqual(entry);
  // Served as a deploy of the merged file would serve it (tilbud.json and the area files).
  await serveOffers(page, merged);
  await page.goto('/kart?kommune=5501');
  const item = page.locator('.finder-list .offer-item', { hasText: NAME });
  await expect(item).toHaveCount(1);
  await expect(page.locator('.no-offer')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the draft survives a reload and "Slett utkast" removes it', async ({ page }) => {
  await page.goto('/oppdater');
  await page.locator('#f-kommune').selectOption('5501');
  await page.locator('#f-navn').fill(NAME);
  await page.getByLabel('Eldre over 65 år').check();
  await page.getByRole('button', { name: 'Legg til en fast tid' }).click();
  await page.locator('#f-tid-0-fra').fill('09:30');
  await page.reload();
  await expect(page.locator('#f-navn')).toHaveValue(NAME);
  await expect(page.locator('#f-kommune')).toHaveValue('5501');
  await expect(page.getByLabel('Eldre over 65 år')).toBeChecked();
  await expect(page.locator('#f-tid-0-fra')).toHaveValue('09:30');
  await expect(page.getByText('Vi har hentet fram utkastet du begynte på.')).toBeVisible();
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem('digihjelpen.utkast')));
  expect(saved.navn).toBe(NAME);

  await page.getByRole('button', { name: 'Slett utkast' }).click();
  await expect(page.locator('#f-navn')).toHaveValue('');
  await expect(page.locator('#f-kommune')).toHaveValue('');
  await expect(page.locator('#f-tid-0-fra')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('digihjelpen.utkast'))).toBeNull();
  await page.reload();
  await expect(page.locator('#f-kommune')).toBeVisible();
  await expect(page.locator('#f-navn')).toHaveValue('');
});

test('a registered offer can be loaded, edited and keeps its id', async ({ page }) => {
  const offers = JSON.parse(fs.readFileSync(OFFERS_FILE, 'utf8')).tilbud;
  const original = offers.find((o) => o.id === 'levanger-servicekontor');
  await page.goto('/oppdater');
  await page.getByLabel('Kommune med registrert tilbud').selectOption('5037');
  await page.getByLabel('Tilbud', { exact: true }).selectOption(original.id);
  await page.getByRole('button', { name: 'Fyll ut skjemaet med dette tilbudet' }).click();
  await expect(page.getByText(`Skjemaet er fylt ut med «${original.navn}».`)).toBeVisible();
  await expect(page.locator('#f-navn')).toHaveValue(original.navn);
  await expect(page.locator('#f-kommune')).toHaveValue('5037');
  await expect(page.locator('#f-id')).toHaveValue(original.id);
  await expect(page.locator('#f-sted-type')).toHaveValue(original.sted.type);
  await page.locator('#f-nettside').fill('https://example.no/levanger');
  await page.getByRole('button', { name: SUBMIT }).click();
  await expect(page.locator('#resultat')).toBeFocused();
  const entry = JSON.parse(await page.locator('#f-resultat').inputValue());
  expect(entry.id).toBe(original.id);
  expect(entry.navn).toBe(original.navn);
  expect(entry.malgrupper).toEqual(original.malgrupper);
  expect(entry.kontakt).toEqual({ nettside: 'https://example.no/levanger' });
  expect(entry.sist_verifisert).toBe(await browserToday(page));
  // Confirmed by the municipality now: no longer example data from the 2018 report.
  expect(entry.illustrativ).toBeUndefined();
  expect(entry.kilde).toBe('Meldt inn av kommunen');
});

// A deployment's settings with an editors' address. A fixture: redaksjonen@example.no is a
// made-up address on the reserved example.no domain, served in place of innstillinger.json.
const FIXTURE_SETTINGS = {
  redaksjonen_epost: 'redaksjonen@example.no',
  kontakt: 'Redaksjonen (testoppsett)',
};

// The query of a mailto: link, decoded.
function mailtoParts(href) {
  expect(href.startsWith('mailto:redaksjonen@example.no?')).toBe(true);
  const params = new URLSearchParams(href.slice(href.indexOf('?') + 1).replace(/\+/g, '%2B'));
  return { subject: params.get('subject'), body: params.get('body') };
}

test('with an editors\' address, "Send til redaksjonen" is a mailto: link with the entry as its body', async ({ page }) => {
  await page.route('**/data/innstillinger.json', (route) => route.fulfill({ json: FIXTURE_SETTINGS }));
  await page.goto('/oppdater');
  await fillValid(page);
  await page.getByRole('button', { name: SUBMIT }).click();
  const shown = JSON.parse(await page.locator('#f-resultat').inputValue());
  const link = page.getByRole('link', { name: 'Send til redaksjonen' });
  await expect(link).toHaveAttribute('data-attach', 'false');
  const href = await link.getAttribute('href');
  expect(href.length).toBeLessThanOrEqual(1800);
  const { subject, body } = mailtoParts(href);
  expect(subject).toBe('Digihjelpen: nytt eller endret tilbud (tilbud-tromso-hovedbiblioteket)');
  expect(body.startsWith('Hei!\r\n\r\nHer er oppføringen vår')).toBe(true);
  expect(JSON.parse(body.slice(body.indexOf('{')))).toEqual(shown);
  await expect(page.locator('.email-next')).toContainText('åpner e-postprogrammet ditt en ferdig utfylt e-post til redaksjonen@example.no');
  await expect(page.locator('.email-next')).toContainText('Redaksjonen sjekker oppføringen og legger den inn i oversikten.');
  await expect(page.locator('.editors-contact')).toHaveCount(0);
  await axe(page);
});

test('an entry too long for a mailto: link is downloaded first and the e-mail asks for it as an attachment', async ({ page }) => {
  await page.route('**/data/innstillinger.json', (route) => route.fulfill({ json: FIXTURE_SETTINGS }));
  await page.goto('/oppdater');
  await fillValid(page);
  // 1,000 characters of description: the link would be far over 1,800 characters.
  await page.locator('#f-beskrivelse').fill('Hjelp med BankID, e-post og digitale skjema. '.repeat(22).slice(0, 1000).trim());
  await page.getByRole('button', { name: SUBMIT }).click();
  const link = page.getByRole('link', { name: 'Send til redaksjonen' });
  await expect(link).toHaveAttribute('data-attach', 'true');
  const { body } = mailtoParts(await link.getAttribute('href'));
  expect(body).toContain('Den ligger i filen tilbud-tromso-hovedbiblioteket.json');
  expect(body).not.toContain('{');
  await expect(page.locator('.email-next')).toContainText('lastes filen tilbud-tromso-hovedbiblioteket.json ned først');
  // The click downloads the file (the mailto: navigation itself goes to the e-mail program).
  await link.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('tilbud-tromso-hovedbiblioteket.json');
  const entry = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(entry.beskrivelse.length).toBeGreaterThan(900);
});
