/**
 * Folders the user may not enter: below an opened folder, and the opened folder itself around a reload.
 * Root enters any folder whatever its mode, so when tests run as root the scenario runs in a child process as
 * "nobody" (see permissions.test.ts for unreadable files).
 */
import { chmod, chown } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderScenarioStep } from './testing/unreadable-folders-scenario.js';
import { canRunAsNobody, corpusBytes, lastJsonLine, makeTempDir, NOBODY, plant, removeTempDir, runScenario } from './test-support.js';

const asNobody = canRunAsNobody();
if (!asNobody.ok) console.warn(`skipped: ${asNobody.why}`);

describe.runIf(asNobody.ok)('DocLibrary: folders it may not enter, as a non-root user', () => {
  let base: string;
  beforeEach(async () => {
    base = await makeTempDir('perm-folders');
  });
  afterEach(async () => {
    await removeTempDir(base);
  });

  it('reports each unreadable folder, shows its files once it may enter, and keeps the last files of a locked root', async () => {
    const root = path.join(base, 'docs');
    const seed = await corpusBytes('seeds', '000_');
    await plant(root, { 'a.txt': seed, 'locked/b.txt': seed, 'noexec/c.txt': seed });
    for (const p of [base, root, 'a.txt', 'locked', 'locked/b.txt', 'noexec', 'noexec/c.txt'].map((p) => path.resolve(root, p))) {
      await chown(p, NOBODY, NOBODY);
    }
    await chmod(base, 0o755);
    // Neither readable nor searchable; and listable but not searchable (its entries cannot be stat'ed).
    await chmod(path.join(root, 'locked'), 0o000);
    await chmod(path.join(root, 'noexec'), 0o644);

    const child = runScenario(new URL('./testing/unreadable-folders-scenario.ts', import.meta.url), [root], NOBODY);
    expect(child.status, child.stderr).toBe(0);
    const steps = lastJsonLine<FolderScenarioStep[]>(child.stdout);
    const step = (name: string) => steps.find((s) => s.step === name)!;
    const relPaths = (name: string) => step(name).files.map((f) => f.relPath);

    // Before: chokidar would have listed the folder as if those two were empty, without a word.
    expect(relPaths('opened')).toEqual(['a.txt']);
    expect(step('opened').problems).toEqual([
      `Permission denied: ${path.join(root, 'locked')} (its files are not shown; watching for it to change)`,
      `Permission denied: ${path.join(root, 'noexec')} (its files are not shown; watching for it to change)`,
    ]);

    // A chmod alone (no write) brings their files in, and the problems go.
    expect(relPaths('folders unlocked')).toEqual(['a.txt', 'locked/b.txt', 'noexec/c.txt']);
    expect(step('folders unlocked').problems).toEqual([]);
    for (const file of step('folders unlocked').files) expect(file.rows, file.relPath).toBeGreaterThan(150);

    // Reloaded while the root itself is locked: its last known files stay on show beside the problem.
    expect(step('root locked, reloaded').problems).toEqual([`Permission denied: ${root} (watching for it to change)`]);
    expect(step('root locked, reloaded').files).toEqual(step('folders unlocked').files);

    // Unlocked: scanned again, everything back, nothing reported.
    expect(step('root unlocked').files).toEqual(step('folders unlocked').files);
    expect(step('root unlocked').problems).toEqual([]);
  });
});
