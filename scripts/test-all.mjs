#!/usr/bin/env node
/**
 * The one test command (`npm test`): typecheck, unit/component tests (vitest), the production build, end-to-end tests
 * (Playwright: Chromium via the serve host; Electron where a binary exists) and the Electron security scan.
 * Each runner reports to a JSON file; the closing line sums them all: `N passed, N failed, N skipped`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-results');
mkdirSync(out, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function record(label, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  lines.push(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

/** A step that is one check (typecheck, build, scan): it passes or fails as a whole. */
function step(label, command, args, env) {
  const status = run(label, command, args, env);
  record(label, status === 0 ? 1 : 0, status === 0 ? 0 : 1);
  return status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 0. What the browser tests need, before any runner that needs it: vitest's adapter suites and Playwright both
// drive Debian's Chromium. Installed when we may (root with apt-get); otherwise those tests skip and say why.
const chromium = ensureChromium();

// 1. Types: the Node side (Electron main/preload against Electron's own types) and the renderer.
step('typecheck electron', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']);
step('typecheck renderer', bin('tsc'), ['-p', 'renderer/tsconfig.json', '--noEmit']);
step('typecheck renderer tests', bin('tsc'), ['-p', 'renderer/tsconfig.test.json', '--noEmit']);

// 2. Unit and component tests.
const vitestJson = path.join(out, 'vitest.json');
const vitestStatus = run('vitest', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
const vitest = readJson(vitestJson);
if (vitest) {
  const skipped = (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A suite that fails to load has no failing test but still fails the run: count it.
  const brokenSuites = (vitest.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
  record('vitest', vitest.numPassedTests ?? 0, (vitest.numFailedTests ?? 0) + brokenSuites, skipped);
} else {
  record('vitest', 0, 1);
}
if (vitestStatus !== 0 && vitest && vitest.numFailedTests === 0) record('vitest exit', 0, 1);

// 3. The production build (renderer bundle, Electron main and preload) that the end-to-end tests run.
const built = step('build', process.execPath, ['scripts/build.mjs']);

// 4. End to end in a real browser (and in Electron where a binary exists).
if (!built) {
  record('playwright (not run: build failed)', 0, 1);
} else if (!chromium) {
  console.log('\nPlaywright: skipped — no Chromium, and it could not be installed (see the first lines of this run).');
  record('playwright (no Chromium)', 0, 0, 1);
} else {
  const pwJson = path.join(out, 'playwright.json');
  const pwStatus = run('playwright', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson });
  const pw = readJson(pwJson);
  if (pw?.stats) {
    record('playwright', pw.stats.expected ?? 0, (pw.stats.unexpected ?? 0) + (pw.stats.flaky ?? 0), pw.stats.skipped ?? 0);
    if (pwStatus !== 0 && !pw.stats.unexpected) record('playwright exit', 0, 1);
  } else {
    record('playwright', 0, 1);
  }
}

// 5. Electron security scan: no finding above informational.
if (existsSync(path.join(root, 'scripts', 'electronegativity.mjs'))) {
  step('electronegativity', process.execPath, ['scripts/electronegativity.mjs']);
}

// CI reads the last line, which must be exactly `N passed, N failed`; skips are reported on the line before it.
const skipped = `${totals.skipped} skipped (each says why: e.g. no Electron binary on this machine)`;
const summary = `${totals.passed} passed, ${totals.failed} failed`;
writeFileSync(path.join(out, 'summary.txt'), [...lines, skipped, summary].join('\n') + '\n');
console.log('\n=== Summary');
for (const line of lines) console.log(`  ${line}`);
console.log(skipped);
console.log(summary);
process.exitCode = totals.failed === 0 ? 0 : 1;
