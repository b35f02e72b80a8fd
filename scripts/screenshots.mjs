#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures (docs/screenshots/), taken by the browser scenarios at the moment
 * each view is checked. `npm test` runs the same scenarios without them (e2e/support/screenshots.ts says why).
 * Extra arguments go to Playwright, e.g. `npm run screenshots -- -g compare` for the compare pictures alone.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!ensureChromium()) {
  console.error('No Chromium: the screenshots are taken in Debian\'s Chromium (apt-get install chromium).');
  process.exit(1);
}
const run = spawnSync(path.join(root, 'node_modules', '.bin', 'playwright'), ['test', '--project', 'browser', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // The JSON report goes to a file, as in `npm test`, instead of after the list on the terminal.
  env: { ...process.env, DOCTABLE_SCREENSHOTS: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(root, 'test-results', 'screenshots.json') },
});
if (run.status === 0) console.log(`Screenshots written to ${path.join('docs', 'screenshots')}/`);
process.exit(run.status ?? 1);
