import { describe, expect, it } from 'vitest';
import type { LibrarySnapshot } from '../../electron/shared/library-types';
import { makeFile } from '../test-support/fixtures';
import { applyChange, newerSnapshot } from './snapshot';

const a = makeFile({ id: '0:a.html', public: [['os.open', ['path']]] });
const b = makeFile({ id: '0:b.html', public: [['os.chdir', ['path']]] });
const c = makeFile({ id: '0:c.html', public: [['sys.exit', []]] });
const base: LibrarySnapshot = { revision: 4, roots: ['/docs'], samples: false, files: [a, b], problems: [] };

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
    const reset: LibrarySnapshot = { revision: 9, roots: ['/other'], samples: false, files: [c], problems: ['gone'] };
    expect(applyChange(base, { revision: 9, added: [], changed: [], removed: [], reset })).toBe(reset);
  });

  it('treats a changed file it never saw as added, and waits for a first snapshot', () => {
    expect(applyChange(base, { revision: 5, added: [], changed: [c], removed: [] })?.files).toEqual([a, b, c]);
    expect(applyChange(null, { revision: 1, added: [c], changed: [], removed: [] })).toBeNull();
  });

  it('keeps the newer of two snapshots', () => {
    const older = { ...base, revision: 3 };
    expect(newerSnapshot(base, older)).toBe(base);
    expect(newerSnapshot(older, base)).toBe(base);
    expect(newerSnapshot(null, base)).toBe(base);
  });
});
