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
  // The point where a scenario gives up, not a speed limit: every step waits on a state. The longest scenarios
  // (axe in both schemes at one size) take ~20 s on a quiet machine and about three times that with both cores
  // busy; a broken one still ends.
  timeout: 120_000,
  // Likewise for each awaited state: a step that takes 2–3 s on a quiet machine may take 3× that under load.
  expect: { timeout: 20_000 },
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
