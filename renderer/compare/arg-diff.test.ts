import { describe, expect, it } from 'vitest';
import { describeArgDiff, diffArgs } from './arg-diff';

describe('diffArgs', () => {
  it('returns null for equal lists', () => {
    expect(diffArgs(['ptr', 'size'], ['ptr', 'size'])).toBeNull();
  });

  it('calls a removed and an added argument in the same slot a rename', () => {
    expect(diffArgs(['ptr', 'size'], ['address', 'size'])).toEqual({ added: [], removed: [], renamed: [{ from: 'ptr', to: 'address' }], moved: [] });
    expect(diffArgs(['fd', 'cmd', 'arg'], ['fd', 'request', 'arg'])?.renamed).toEqual([{ from: 'cmd', to: 'request' }]);
  });

  it('reports additions and removals that have no counterpart in their slot', () => {
    expect(diffArgs(['pathname', 'recursive'], ['pathname', 'recursive', 'root_dir', 'dir_fd'])).toEqual({
      added: ['root_dir', 'dir_fd'],
      removed: [],
      renamed: [],
      moved: [],
    });
    expect(diffArgs(['file', 'mode', 'flags'], ['file', 'flags'])).toEqual({ added: [], removed: ['mode'], renamed: [], moved: [] });
    expect(diffArgs([], ['x'])?.added).toEqual(['x']);
  });

  it('pairs renames per slot, leaving the surplus as added', () => {
    expect(diffArgs(['a', 'b', 'z'], ['x', 'y', 'w', 'z'])).toEqual({
      added: ['w'],
      removed: [],
      renamed: [
        { from: 'a', to: 'x' },
        { from: 'b', to: 'y' },
      ],
      moved: [],
    });
  });

  it('calls a reordered argument moved, not renamed', () => {
    expect(diffArgs(['a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: [], renamed: [], moved: ['a'] });
  });

  it('describes a diff in words', () => {
    expect(describeArgDiff(diffArgs(['ptr', 'size', 'x'], ['address', 'size', 'y', 'z'])!)).toBe(
      'renamed ptr → address, x → y; added z',
    );
  });
});
