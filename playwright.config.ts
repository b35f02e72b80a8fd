import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from './e2e/support/chromium.js';

/**
 * End-to-end tests. `browser`: the renderer served by the `doctable serve` host, in Debian's Chromium (the only browser
 * this machine has; Playwright's own downloads are not available). `electron`: the same scenarios in the real
 * Electron app, skipped with a message where no Electron binary exists.
 */
export default defineConfig({
  testDir: 'e2e',
  // Builds the renderer (and Electron's main, where it can run) when missing or older than the sources.
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json']],
  use: {
    trace: 'off',
    screenshot: 'only-on-failure',
    viewport: VIEWPORT,
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] },
  },
  projects: [
    { name: 'browser', testMatch: /.*\.browser\.spec\.ts/ },
    { name: 'electron', testMatch: /.*\.electron\.spec\.ts/ },
  ],
});
