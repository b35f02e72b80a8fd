import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isDirectoryCycle, isSameOrInside } from './symlink-loop.js';
import { makeTempDir, removeTempDir } from './test-support.js';

describe('isDirectoryCycle', () => {
  let base: string;
  let root: string;
  beforeEach(async () => {
    base = await makeTempDir('cycle');
    root = path.join(base, 'root');
    await mkdir(path.join(root, 'sub'), { recursive: true });
    await mkdir(path.join(root, 'a'));
    await mkdir(path.join(root, 'b'));
    await mkdir(path.join(base, 'elsewhere'));
  });
  afterEach(async () => {
    await removeTempDir(base);
  });

  it('spots a link back to the root and a link to a folder above it', async () => {
    await symlink(root, path.join(root, 'sub', 'loop'));
    await symlink(base, path.join(root, 'up'));
    expect(isDirectoryCycle(root, path.join(root, 'sub', 'loop'))).toBe(true);
    expect(isDirectoryCycle(root, path.join(root, 'up'))).toBe(true);
  });

  it('spots two folders linking to each other one level down', async () => {
    await symlink(path.join(root, 'b'), path.join(root, 'a', 'toB'));
    await symlink(path.join(root, 'a'), path.join(root, 'b', 'toA'));
    // a/toB is b: fine once; a/toB/toA is a again, which is an ancestor of the path.
    expect(isDirectoryCycle(root, path.join(root, 'a', 'toB'))).toBe(false);
    expect(isDirectoryCycle(root, path.join(root, 'a', 'toB', 'toA'))).toBe(true);
  });

  it('lets plain folders and links to unrelated folders through', async () => {
    await symlink(path.join(base, 'elsewhere'), path.join(root, 'sub', 'other'));
    expect(isDirectoryCycle(root, path.join(root, 'sub'))).toBe(false);
    expect(isDirectoryCycle(root, path.join(root, 'sub', 'other'))).toBe(false);
  });

  it('treats a folder that cannot be resolved as a cycle (nothing to walk)', () => {
    expect(isDirectoryCycle(root, path.join(root, 'missing'))).toBe(true);
  });
});

describe('isSameOrInside', () => {
  it('is lexical containment, not a prefix match', () => {
    expect(isSameOrInside('/a/b', '/a/b')).toBe(true);
    expect(isSameOrInside('/a/b/c.txt', '/a/b')).toBe(true);
    expect(isSameOrInside('/a/bc', '/a/b')).toBe(false);
    expect(isSameOrInside('/a', '/a/b')).toBe(false);
    expect(isSameOrInside('/a/b/..c/d', '/a/b')).toBe(true);
  });
});
