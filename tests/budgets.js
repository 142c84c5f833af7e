// Budget script (not a test): loads pages in headless Chromium against the production server,
// records every same-origin request until the network is idle (map tiles are blocked: the
// budgets are "before tiles"), and prints the bytes each costs over gzip and over brotli —
// the sizes of the precompressed files nginx serves. Run by `cargo xtask budgets`.
const fs = require('fs');
const path = require('path');
const { chromium } = require('@playwright/test');

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8090';
const DIST = process.env.DIST || path.join(__dirname, '..', 'dist');
const PAGES = [
  ['/', 250 * 1024],
  ['/kart', null],
  ['/embed?kommune=5037', 200 * 1024],
];

function sizeOf(file, ext) {
  const compressed = `${file}.${ext}`;
  if (fs.existsSync(compressed)) return fs.statSync(compressed).size;
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  let over = 0;
  for (const [route, budget] of PAGES) {
    const page = await browser.newPage();
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (r) => r.abort());
    const urls = new Set();
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.origin === new URL(BASE).origin) urls.add(url.pathname === '/embed' ? '/embed.html' : url.pathname === '/' || !path.extname(url.pathname) ? '/index.html' : url.pathname);
    });
    await page.goto(BASE + route, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    let gz = 0; let br = 0;
    const rows = [];
    for (const u of [...urls].sort()) {
      const file = path.join(DIST, decodeURIComponent(u));
      const g = sizeOf(file, 'gz'); const b = sizeOf(file, 'br');
      gz += g; br += b;
      rows.push(`  ${u.padEnd(56)} ${String(g).padStart(9)} ${String(b).padStart(9)}`);
    }
    console.log(`${route}  (${urls.size} files)                                     gzip B    brotli B`);
    console.log(rows.join('\n'));
    const verdict = budget ? (gz <= budget ? `within the ${budget / 1024} KB budget` : `OVER the ${budget / 1024} KB budget`) : 'no budget';
    if (budget && gz > budget) over += 1;
    console.log(`  total: ${(gz / 1024).toFixed(1)} KB gzip, ${(br / 1024).toFixed(1)} KB brotli — ${verdict}\n`);
    await page.close();
  }
  await browser.close();
  process.exit(over ? 1 : 0);
})();
