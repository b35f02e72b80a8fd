import { describe, expect, it } from 'vitest';
import { MAX_RECENT_PATHS, withRecentPaths } from './recent-paths.js';

describe('recent paths', () => {
  it('puts what was opened first, keeps no repeats, and keeps at most MAX_RECENT_PATHS', () => {
    expect(withRecentPaths(['/a', '/b'], ['/b'])).toEqual(['/b', '/a']);
    expect(withRecentPaths([], ['/x', '/y'])).toEqual(['/x', '/y']);
    const many = Array.from({ length: 20 }, (_, i) => `/f${i}`);
    expect(withRecentPaths(many, ['/new'])).toHaveLength(MAX_RECENT_PATHS);
    expect(withRecentPaths(many, ['/new'])[0]).toBe('/new');
  });
});
