// Playwright configuration: Debian's Chromium, headless, against dist/ served by nginx with the
// production configuration (`cargo xtask test` starts it and sets BASE_URL).
const { defineConfig } = require('@playwright/test');

module.exports = defineConfig({
  testDir: './e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  use: {
    baseURL: process.env.BASE_URL || 'http://127.0.0.1:8090',
    locale: 'nb-NO',
    // Route interception (most tests serve changed data with it) does not see a service
    // worker's requests: the worker is off, but in the tests of the worker itself (offline.spec).
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
});
