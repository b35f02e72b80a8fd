import { describe, expect, it } from 'vitest';
import { NO_SKIPPED, type LibrarySnapshot } from '../../electron/shared/library-types';
import { makeFile } from '../test-support/fixtures';
import { applyChange, newerSnapshot } from './snapshot';

const a = makeFile({ id: '0:a.html', public: [['os.open', ['path']]] });
const b = makeFile({ id: '0:b.html', public: [['os.chdir', ['path']]] });
const c = makeFile({ id: '0:c.html', public: [['sys.exit', []]] });
const base: LibrarySnapshot = {
  revision: 4,
  roots: ['/docs'],
  samples: false,
  files: [a, b],
  problems: [],
  skipped: NO_SKIPPED,
  loading: null,
};

describe('applyChange', () => {
  it('patches added, changed and removed files', () => {
    const b2 = makeFile({ id: '0:b.html', public: [['os.chdir', ['path']], ['os.chmod', ['path', 'mode']]] });
    const next = applyChange(base, { revision: 5, added: [c], changed: [b2], removed: ['0:a.html'] });
    expect(next?.revision).toBe(5);
    expect(next?.files).toEqual([b2, c]);
    expect(next?.roots).toEqual(['/docs']);
  });

  it('ignores stale changes and replaces everything on reset', () => {
    expect(applyChange(base, { revision: 4, added: [c], changed: [], removed: [] })).toBe(base);
    const reset: LibrarySnapshot = { ...base, revision: 9, roots: ['/other'], files: [c], problems: ['gone'] };
    expect(applyChange(base, { revision: 9, added: [], changed: [], removed: [], reset })).toBe(reset);
  });

  it('treats a changed file it never saw as added, and waits for a first snapshot', () => {
    expect(applyChange(base, { revision: 5, added: [], changed: [c], removed: [] })?.files).toEqual([a, b, c]);
    expect(applyChange(null, { revision: 1, added: [c], changed: [], removed: [] })).toBeNull();
  });

  it('takes the skipped summary and the load progress a change carries, keeping the files as they were', () => {
    const skipped = { count: 1, reasons: { binary: 1 }, files: [{ id: '0:x.txt', path: '/docs/x.txt', relPath: 'x.txt', reason: 'binary' as const, detail: 'NUL bytes' }] };
    const withSkipped = applyChange(base, { revision: 5, added: [], changed: [], removed: [], skipped })!;
    expect(withSkipped).toMatchObject({ revision: 5, skipped, loading: null });
    expect(withSkipped.files).toBe(base.files);

    const loading = applyChange(withSkipped, { revision: 6, added: [], changed: [], removed: [], loading: { done: 3, total: 10 } })!;
    expect(loading).toMatchObject({ revision: 6, skipped, loading: { done: 3, total: 10 } });
    expect(loading.files).toBe(base.files);
    // A change that says nothing of them leaves both as they were; null ends the load.
    expect(applyChange(loading, { revision: 7, added: [c], changed: [], removed: [] })).toMatchObject({ skipped, loading: { done: 3, total: 10 } });
    expect(applyChange(loading, { revision: 7, added: [], changed: [], removed: [], loading: null })?.loading).toBeNull();
  });

  it('keeps the newer of two snapshots', () => {
    const older = { ...base, revision: 3 };
    expect(newerSnapshot(base, older)).toBe(base);
    expect(newerSnapshot(older, base)).toBe(base);
    expect(newerSnapshot(null, base)).toBe(base);
  });
});
