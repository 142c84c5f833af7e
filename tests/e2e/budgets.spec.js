// Byte budgets (DESIGN.md, issue 11): what a page transfers before map tiles, counted as the
// precompressed files nginx serves. Bytes are deterministic, so this fails the build when a
// page grows past its budget; timings are only printed, by `cargo xtask bench`.
//
const path = require('path');
const { test, expect } = require('./helpers');
const { pageBytes } = require('../bytes');

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8090';
const DIST = process.env.DIST || path.join(__dirname, '../../dist');
const KB = 1024;

const BUDGETS = [
  ['/', 'br', 150 * KB],
  ['/kart', 'br', 200 * KB],
  ['/kart?kommune=5037', 'br', 200 * KB],
  // A handbook page with a checklist and a template: the largest kind.
  ['/kom-i-gang/forankring', 'br', 150 * KB],
  ['/embed?kommune=5037', 'gz', 200 * KB],
];

for (const [route, encoding, budget] of BUDGETS) {
  test(`${route} stays within its ${budget / KB} KB budget (${encoding === 'br' ? 'brotli' : 'gzip'}, before tiles)`, async ({ browser }) => {
    const bytes = await pageBytes(browser, BASE, DIST, route);
    const lines = bytes.files.map((f) => `  ${f.file.padEnd(48)} ${String(f[encoding]).padStart(8)}${f.missing ? '  (not in dist)' : ''}`);
    console.log(`${route}: ${(bytes[encoding] / KB).toFixed(1)} KB ${encoding} in ${bytes.files.length} files\n${lines.join('\n')}`);
    expect(bytes.files.filter((f) => f.missing).map((f) => f.file), 'every request is a file in dist/').toEqual([]);
    expect(bytes[encoding]).toBeLessThanOrEqual(budget);
  });
}
