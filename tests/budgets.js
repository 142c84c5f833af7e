// Budget script (not a test): loads pages in headless Chromium against the production server,
// records every same-origin request until the network is idle (map tiles are blocked: the
// budgets are "before tiles"), and prints the bytes each costs over gzip and over brotli —
// the sizes of the precompressed files nginx serves (see bytes.js). Run by `cargo xtask budgets`.
const path = require('path');
const { chromium } = require('@playwright/test');
const { CHROMIUM, CHROMIUM_ARGS, pageBytes } = require('./bytes');

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8090';
const DIST = process.env.DIST || path.join(__dirname, '..', 'dist');
// The budgets of DESIGN.md: [route, encoding the budget counts, KB].
const PAGES = [
  ['/', 'br', 150],
  ['/kart', 'br', 200],
  ['/kom-i-gang/forankring', 'br', 150],
  ['/embed?kommune=5037', 'gz', 200],
];

(async () => {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let over = 0;
  for (const [route, encoding, kb] of PAGES) {
    const { files, gz, br } = await pageBytes(browser, BASE, DIST, route);
    const budget = kb * 1024;
    const counted = encoding === 'br' ? br : gz;
    console.log(`${route}  (${files.length} files)                                     gzip B    brotli B`);
    for (const f of files) {
      const name = `/${f.file}${f.missing ? '  (not in dist)' : ''}`;
      console.log(`  ${name.padEnd(56)} ${String(f.gz).padStart(9)} ${String(f.br).padStart(9)}`);
    }
    const name = encoding === 'br' ? 'brotli' : 'gzip';
    const verdict = counted <= budget ? `within the ${kb} KB ${name} budget` : `OVER the ${kb} KB ${name} budget`;
    if (counted > budget) over += 1;
    console.log(`  total: ${(gz / 1024).toFixed(1)} KB gzip, ${(br / 1024).toFixed(1)} KB brotli — ${verdict}\n`);
  }
  await browser.close();
  process.exit(over ? 1 : 0);
})();
