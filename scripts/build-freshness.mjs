/**
 * Whether a build in dist/ is older than its sources. In a checkout, `doctable` runs the bundle in dist/cli/ built
 * from the TypeScript sources: it is rebuilt first when missing or when any source it is made of changed since (a
 * stale bundle would run yesterday's parser). Looking costs a few milliseconds (one stat per source file); building
 * about a second, once per change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, buildCli } from './build.mjs';

// What the CLI bundle is made of: the Node-side sources, and how they are bundled.
const SOURCE_DIRS = ['electron', 'resources/truth'];
const SOURCE_FILES = ['scripts/build.mjs', 'package-lock.json'];
const SOURCE_FILE = /\.(ts|mts|mjs|js|json)$/;

function newestMtime(dir, newest = 0, pattern = SOURCE_FILE) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = newestMtime(full, newest, pattern);
    else if (pattern.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Why `output` must be built, or null when it is newer than every source under `dirs` and every one of `files`. */
export function staleness(output, dirs, files, root = PROJECT_ROOT, pattern = SOURCE_FILE) {
  let built;
  try {
    built = fs.statSync(output).mtimeMs;
  } catch {
    return 'not built yet';
  }
  let newest = 0;
  for (const dir of dirs) newest = newestMtime(path.join(root, dir), newest, pattern);
  for (const file of files) {
    try {
      newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
    } catch {
      // not there: nothing to compare
    }
  }
  return newest > built ? 'sources changed since the last build' : null;
}

/** Why the command line's bundle must be built, or null when it is newer than every source. */
export function cliBundleStaleness(root = PROJECT_ROOT, bundle = path.join(root, 'dist', 'cli', 'main.js')) {
  return staleness(bundle, SOURCE_DIRS, SOURCE_FILES, root);
}

/** Why dist/renderer must be built (the app's page, its styles, and the shared contracts it imports), or null. */
export function rendererStaleness(root = PROJECT_ROOT) {
  return staleness(path.join(root, 'dist', 'renderer', 'index.html'), ['renderer', 'electron/shared', 'electron/core'], ['vite.config.ts', 'package-lock.json'], root, /./);
}

/** Builds dist/cli/ when stale; says so on stderr (stdout may be a JSON model piped somewhere). */
export async function ensureCliBundle(root = PROJECT_ROOT) {
  const why = cliBundleStaleness(root);
  if (why === null) return;
  process.stderr.write(`doctable: building the command line (${why})…\n`);
  await buildCli(root);
}
