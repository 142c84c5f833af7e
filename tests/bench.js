// Bench script (not a test): for each route, the bytes the page costs before map tiles (as in
// budgets.js, see bytes.js) and the median Lighthouse figures over a few runs (mobile form factor
// with simulated throttling, Lighthouse's defaults; performance, accessibility, best practices),
// in one table on stdout and as JSON. Below the table, for each route, the accessibility and
// best-practices audits that failed and the console errors Lighthouse saw, so a score under 100
// can be explained. It never fails on figures: it exits non-zero only when a route could not be
// measured at all. Run by `cargo xtask bench`, which serves dist/ and sets BASE_URL and DIST.
//
// Environment: BASE_URL, DIST, BENCH_ROUTES (comma separated), BENCH_RUNS (runs per route),
// BENCH_JSON (where the JSON goes; relative paths are relative to tests/).
const fs = require('fs');
const path = require('path');
const { chromium } = require('@playwright/test');
const { CHROMIUM, CHROMIUM_ARGS, pageBytes } = require('./bytes');

const BASE = process.env.BASE_URL || 'http://127.0.0.1:8090';
const DIST = process.env.DIST || path.join(__dirname, '..', 'dist');
const ROUTES = (process.env.BENCH_ROUTES
  || '/,/kart,/kart?kommune=5037,/kom-i-gang/forankring,/status,/embed?kommune=5037')
  .split(',').map((r) => r.trim()).filter(Boolean);
const RUNS = Math.max(1, parseInt(process.env.BENCH_RUNS || '3', 10) || 3);
const JSON_OUT = path.resolve(__dirname, process.env.BENCH_JSON || '../target/bench.json');

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
// The figures kept from each run: [key, Lighthouse audit, factor from its numericValue].
const METRICS = [
  ['fcp', 'first-contentful-paint', 1 / 1000], // seconds
  ['lcp', 'largest-contentful-paint', 1 / 1000], // seconds
  ['tbt', 'total-blocking-time', 1], // milliseconds
  ['cls', 'cumulative-layout-shift', 1],
];

// Requests Chromium blocks during a Lighthouse run. DevTools' URL patterns only know `*` and
// have no "not", so "everything but BASE" is written as every URL of the other scheme (the
// bench server is http, everything the site calls out to is https) plus the hosts the site is
// known to use, in case one is ever called over the same scheme. A blocked request fails at
// once instead of waiting for a timeout, and Lighthouse leaves it out of `errors-in-console`.
function blockedUrlPatterns(base) {
  const other = new URL(base).protocol === 'https:' ? 'http' : 'https';
  return [`${other}://*`, '*cache.kartverket.no*'];
}

function median(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// What is kept of one Lighthouse result (an LHR): scores 0–100, the metrics, the failing
// accessibility and best-practices audits, and the console errors.
function summarise(lhr) {
  const scores = {};
  for (const id of CATEGORIES) {
    const { score } = lhr.categories[id] || {};
    scores[id] = typeof score === 'number' ? Math.round(score * 100) : null;
  }
  const metrics = {};
  for (const [key, id, factor] of METRICS) {
    const value = lhr.audits[id] && lhr.audits[id].numericValue;
    metrics[key] = typeof value === 'number' ? value * factor : null;
  }
  const failing = {};
  for (const id of ['accessibility', 'best-practices']) {
    failing[id] = (lhr.categories[id] ? lhr.categories[id].auditRefs : [])
      .map((ref) => lhr.audits[ref.id])
      // Scored audits only: manual, informative and not-applicable ones have no pass or fail.
      .filter((a) => ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
      .filter((a) => typeof a.score === 'number' && a.score < 1)
      .map((a) => ({ id: a.id, title: a.title }));
  }
  const consoleAudit = lhr.audits['errors-in-console'];
  const consoleErrors = ((consoleAudit && consoleAudit.details && consoleAudit.details.items) || [])
    .map((item) => {
      const loc = item.sourceLocation;
      return {
        source: item.source,
        description: item.description || '',
        url: loc ? `${loc.url}:${loc.line + 1}:${loc.column + 1}` : null,
      };
    });
  return { scores, metrics, failing, consoleErrors };
}

// Runs Lighthouse RUNS times on `url` in the Chrome at `port`. Returns the summaries of the
// runs that worked and the errors of those that did not.
async function lighthouseRuns(lighthouse, port, url) {
  const config = {
    extends: 'lighthouse:default',
    settings: { onlyCategories: CATEGORIES, blockedUrlPatterns: blockedUrlPatterns(BASE) },
  };
  const runs = [];
  const errors = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = Date.now();
    try {
      const result = await lighthouse(url, { port, logLevel: 'error', output: 'json' }, config);
      const { lhr } = result || {};
      if (!lhr) throw new Error('Lighthouse returned no result');
      // A page that could not be loaded still gives an LHR, with runtimeError and no scores.
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      runs.push(summarise(lhr));
    } catch (e) {
      errors.push(e.message);
    }
    process.stderr.write(`bench: ${url} run ${i + 1}/${RUNS} ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  return { runs, errors };
}

// One route's row: the bytes, the median of each figure over its runs, and the details of the
// run with the median performance score (the lower middle one for an even number of runs).
function row(bytes, { runs, errors }) {
  const scores = {};
  for (const id of CATEGORIES) scores[id] = median(runs.map((r) => r.scores[id]));
  const metrics = {};
  for (const [key] of METRICS) metrics[key] = median(runs.map((r) => r.metrics[key]));
  const byPerf = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  const mid = byPerf[Math.floor((byPerf.length - 1) / 2)];
  return {
    route: bytes.route,
    runs: runs.length,
    errors,
    br: bytes.br,
    gz: bytes.gz,
    files: bytes.files,
    scores,
    metrics,
    failing: mid ? mid.failing : { accessibility: [], 'best-practices': [] },
    consoleErrors: mid ? mid.consoleErrors : [],
  };
}

function fmt(value, digits) {
  return typeof value === 'number' ? value.toFixed(digits) : '–';
}

// The byte budgets of DESIGN.md (KB before tiles; brotli, but gzip for the widget).
const BUDGETS = {
  '/': ['br', 150],
  '/kart': ['br', 200],
  '/kart?kommune=5037': ['br', 200],
  '/kom-i-gang/forankring': ['br', 150],
  '/embed?kommune=5037': ['gz', 200],
};

function budget(r) {
  const b = BUDGETS[r.route];
  if (!b) return '–';
  const [enc, kb] = b;
  return `${kb} ${enc}${r[enc] / 1024 > kb ? ' OVER' : ''}`;
}

function printTable(rows) {
  const head = ['route', 'br KB', 'gz KB', 'budget KB', 'perf', 'a11y', 'best-practices', 'FCP s', 'LCP s', 'TBT ms', 'CLS'];
  const body = rows.map((r) => [
    r.route,
    fmt(r.br / 1024, 1),
    fmt(r.gz / 1024, 1),
    budget(r),
    fmt(r.scores.performance, 0),
    fmt(r.scores.accessibility, 0),
    fmt(r.scores['best-practices'], 0),
    fmt(r.metrics.fcp, 2),
    fmt(r.metrics.lcp, 2),
    fmt(r.metrics.tbt, 0),
    fmt(r.metrics.cls, 3),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  // The route is left-aligned, the figures right-aligned.
  const line = (cells) => `| ${cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
  for (const b of body) console.log(line(b));
  console.log(`\nmedians of ${RUNS} Lighthouse run(s) per route (mobile, simulated throttling); bytes before map tiles`);
}

function printDetails(rows) {
  for (const r of rows) {
    const notes = [];
    if (r.runs < RUNS) notes.push(`  only ${r.runs} of ${RUNS} Lighthouse runs worked:`, ...r.errors.map((e) => `    ${e}`));
    for (const [id, label] of [['accessibility', 'a11y'], ['best-practices', 'best-practices']]) {
      for (const a of r.failing[id]) notes.push(`  ${label} failing: ${a.id} — ${a.title}`);
    }
    for (const c of r.consoleErrors) {
      notes.push(`  console error (${c.source}): ${c.description.split('\n')[0]}${c.url ? `  [${c.url}]` : ''}`);
    }
    if (notes.length) console.log(`\n${r.route}\n${notes.join('\n')}`);
  }
}

(async () => {
  // The bytes first, all routes in one Playwright browser.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const bytes = [];
  try {
    for (const route of ROUTES) bytes.push(await pageBytes(browser, BASE, DIST, route));
  } finally {
    await browser.close();
  }

  // Then Lighthouse, in one Chrome started by chrome-launcher (both are ES modules).
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'error',
  });
  const rows = [];
  try {
    for (const b of bytes) rows.push(row(b, await lighthouseRuns(lighthouse, chrome.port, BASE + b.route)));
  } finally {
    await chrome.kill();
  }

  printTable(rows);
  printDetails(rows);
  fs.mkdirSync(path.dirname(JSON_OUT), { recursive: true });
  fs.writeFileSync(JSON_OUT, `${JSON.stringify({ base: BASE, runs: RUNS, routes: rows }, null, 2)}\n`);
  console.log(`\nwrote ${JSON_OUT}`);
  const failed = rows.filter((r) => r.runs === 0);
  if (failed.length) {
    console.error(`bench: Lighthouse could not run on ${failed.map((r) => r.route).join(', ')}`);
    process.exit(1);
  }
})().catch((e) => {
  console.error(`bench: ${e.stack || e}`);
  process.exit(1);
});
