// Byte counting shared by budgets.js and bench.js (not a test): loads one page in headless
// Chromium, records every same-origin request until the network is idle (everything else, map
// tiles included, is aborted: the figures are "before tiles"), maps each request to its file in
// dist/ the way the production server does, and adds up the sizes of the precompressed files
// nginx serves (`file.br`, `file.gz`; the raw size when a file has no compressed twin).
const fs = require('fs');
const path = require('path');

// Debian's Chromium and the flags every script here starts it with.
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function isFile(file) {
  return fs.existsSync(file) && fs.statSync(file).isFile();
}

// The file in `dist` the server answers `pathname` with (query strings are not part of it):
// `/` → index.html; a path with an extension → that file; any other path `/x/y` is a page,
// `x/y.html` (so `/embed` → embed.html) if it exists, else 404.html. A dist/ without 404.html
// is the single-page build, whose server answers every unknown page with index.html.
function fileFor(dist, pathname) {
  const rel = decodeURIComponent(pathname).replace(/^\/+|\/+$/g, '');
  const inDist = (p) => path.join(dist, path.normalize(`/${p}`)); // never climbs out of dist/
  if (rel === '') return inDist('index.html');
  if (path.extname(rel)) return inDist(rel);
  for (const candidate of [`${rel}.html`, '404.html']) {
    if (isFile(inDist(candidate))) return inDist(candidate);
  }
  return inDist('index.html');
}

// Bytes `file` costs over `ext` ('br' or 'gz'): its precompressed twin, else the file, else 0.
function sizeOf(file, ext) {
  const compressed = `${file}.${ext}`;
  if (isFile(compressed)) return fs.statSync(compressed).size;
  return isFile(file) ? fs.statSync(file).size : 0;
}

// Loads `base + route` in a new page of `browser` (a Playwright Browser) and returns
// { route, files: [{ file, br, gz, missing }], br, gz }: one row per distinct dist/ file the
// page fetched (`file` relative to dist/, `missing` when dist/ has no such file), and the totals.
async function pageBytes(browser, base, dist, route) {
  const origin = new URL(base).origin;
  const page = await browser.newPage();
  await page.route((url) => url.origin !== origin, (r) => r.abort());
  const files = new Set();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin === origin) files.add(fileFor(dist, url.pathname));
  });
  await page.goto(base + route, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await page.close();
  const rows = [...files].sort().map((file) => ({
    file: path.relative(dist, file),
    br: sizeOf(file, 'br'),
    gz: sizeOf(file, 'gz'),
    missing: !isFile(file),
  }));
  const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
  return { route, files: rows, br: sum('br'), gz: sum('gz') };
}

module.exports = { CHROMIUM, CHROMIUM_ARGS, fileFor, sizeOf, pageBytes };
