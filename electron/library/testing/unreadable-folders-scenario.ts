/**
 * Run as a non-root user by permissions.faults.test.ts (root enters any folder, whatever its mode): opens a
 * folder holding folders it may not enter, makes them enterable, then locks and unlocks the root itself around
 * a reload, and prints what the library showed after each step as one line of JSON.
 */
import { chmod } from 'node:fs/promises';
import path from 'node:path';
import type { LibrarySnapshot } from '../../shared/library-types.js';
import { createLibrary } from '../index.js';
import { BUNDLED_SAMPLES_DIR } from '../samples.js';
import { nextChange, rowCount } from '../test-support.js';

export interface FolderScenarioStep {
  step: string;
  files: { relPath: string; status: string; rows: number }[];
  problems: string[];
}

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: unreadable-folders-scenario.ts ROOT');
const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, pollIntervalMs: 100 });
const steps: FolderScenarioStep[] = [];
const record = (step: string, snapshot: LibrarySnapshot) =>
  steps.push({
    step,
    files: snapshot.files.map((f) => ({ relPath: f.relPath, status: f.status, rows: rowCount(f.model) })),
    problems: snapshot.problems,
  });
let current = 'opening';
// A hang would otherwise surface only as the parent's spawn timeout, with nothing said about where.
const watchdog = setTimeout(() => {
  process.stderr.write(`scenario stuck at "${current}" after ${JSON.stringify(steps.map((s) => s.step))}; stats ${JSON.stringify(library.stats())}; alive ${JSON.stringify(process.getActiveResourcesInfo())}\n`);
  process.exit(3);
}, 45_000);
watchdog.unref();
const listed = (snapshot: LibrarySnapshot, relPath: string) => snapshot.files.some((f) => f.relPath === relPath);

try {
  record('opened', await library.open([root]));

  current = 'folders unlocked';
  const unlocked = nextChange(
    library,
    (s) => listed(s, 'locked/b.txt') && listed(s, 'noexec/c.txt') && s.problems.length === 0,
    'folders unlocked',
  );
  await chmod(path.join(root, 'locked'), 0o755);
  await chmod(path.join(root, 'noexec'), 0o755);
  record('folders unlocked', (await unlocked).snapshot);

  current = 'root locked, reloaded';
  await chmod(root, 0o000);
  record('root locked, reloaded', await library.reload());

  current = 'root unlocked';
  const back = nextChange(library, (s) => s.problems.length === 0 && s.files.length > 0, 'root unlocked');
  await chmod(root, 0o755);
  record('root unlocked', (await back).snapshot);
} finally {
  current = 'closing';
  await library.close();
}
current = 'exiting (closed; something keeps the process alive)';
process.stdout.write(`${JSON.stringify(steps)}\n`, () => {
  // Exit once the result is out, not when the loop drains: chokidar 5 drops the fs.watch handle of a folder
  // whose add() was still in progress when close() came (handler.js _addToNodeFs returns on `closed` without
  // calling the closer _handleDir gave it), and this scenario adds unlocked folders shortly before closing.
  // About 1 run in 160 under load kept the process alive that way (alive: FSEventWrap); see docs/reliability.md.
  process.exit(0);
});
