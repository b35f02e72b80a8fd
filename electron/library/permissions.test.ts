/**
 * Unreadable files and permission changes, as a user the permissions apply to. Tests run as root here, where
 * chmod 000 stops nothing; the scenario then runs in a child process as "nobody" (65534).
 */
import { chmod, chown, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScenarioStep } from './testing/permission-scenario.js';
import { canRunAsNobody, corpusBytes, lastJsonLine, makeTempDir, NOBODY, plant, removeTempDir, runScenario } from './test-support.js';

const asNobody = canRunAsNobody();
if (!asNobody.ok) console.warn(`skipped: ${asNobody.why}`);

describe.runIf(asNobody.ok)('DocLibrary: unreadable files, as a non-root user', () => {
  let base: string;
  beforeEach(async () => {
    base = await makeTempDir('perm');
  });
  afterEach(async () => {
    await removeTempDir(base);
  });

  it('skips an unreadable file as "permission denied", shows it when it is readable, flags it (not skips) again', async () => {
    const folder = path.join(base, 'docs');
    await plant(folder, {
      'locked.txt': await corpusBytes('seeds', '000_'),
      'open.txt': await corpusBytes('seeds', '001_'),
    });
    for (const p of [base, folder, ...(await readdir(folder)).map((name) => path.join(folder, name))]) {
      await chown(p, NOBODY, NOBODY);
    }
    await chmod(base, 0o755);
    await chmod(path.join(folder, 'locked.txt'), 0o000);

    const child = runScenario(new URL('./testing/permission-scenario.ts', import.meta.url), [folder], NOBODY);
    expect(child.status, child.stderr).toBe(0);
    const steps = lastJsonLine<ScenarioStep[]>(child.stdout);

    const locked = (step: string) => steps.find((s) => s.step === step)!.files.find((f) => f.relPath === 'locked.txt');
    // Never read, so not known to be a doc table: skipped with the reason (and polled).
    expect(locked('opened')).toBeUndefined();
    expect(steps.find((s) => s.step === 'opened')!.skipped).toEqual([
      { relPath: 'locked.txt', reason: 'unreadable', detail: 'Cannot read the file: permission denied' },
    ]);
    expect(locked('made readable')).toMatchObject({ status: 'ok', message: null });
    expect(locked('made readable')!.rows).toBeGreaterThan(150);
    // Once read, its last good table stays on show while it is unreadable.
    expect(locked('locked again')).toMatchObject({
      status: 'error',
      message: 'Cannot read the file: permission denied (showing its last good version)',
      rows: locked('made readable')!.rows,
    });
    expect(steps.find((s) => s.step === 'locked again')!.skipped).toEqual([]);
    for (const step of steps) expect(step.files.find((f) => f.relPath === 'open.txt')?.status).toBe('ok');
  });
});
