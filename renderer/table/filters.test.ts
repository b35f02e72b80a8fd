import { describe, expect, it } from 'vitest';
import { makeFile } from '../test-support/fixtures';
import { EMPTY_FILTERS, clearFilters, filterRows, hasActiveFilters, type FilterState } from './filters';
import { ALL_SOURCES, buildRowSet, type RowSet } from './rows';
import { sortedOrder } from './sort';

const file = makeFile({
  public: [
    ['os.open', ['path', 'mode', 'flags'], ['os.html#os.open']],
    ['os.chdir', ['path']],
    ['socket.connect', ['self', 'address'], ['socket.html#a', 'socket.html#b']],
    ['open', ['path', 'mode', 'flags']],
    ['sys.addaudithook', []],
    ['winreg.OpenKey', ['key', 'sub_key', 'access']],
  ],
  internal: [
    ['_winapi.CreateFile', ['file_name', 'desired_access']],
    ['ctypes.PyObj_FromPtr', ['obj']],
  ],
});
const set: RowSet = buildRowSet([file], ALL_SOURCES);

function shown(state: Partial<FilterState>, order: Int32Array | null = null): string[] {
  const result = filterRows(set, order, { ...EMPTY_FILTERS, ...state });
  return [...result.indices].map((index) => set.rows[index]!.event);
}

describe('filterRows', () => {
  it('splits public and internal rows, with a count per tab', () => {
    const result = filterRows(set, null, EMPTY_FILTERS);
    expect(result.splitCounts).toEqual({ public: 6, internal: 2, all: 8 });
    expect(shown({ split: 'internal' })).toEqual(['_winapi.CreateFile', 'ctypes.PyObj_FromPtr']);
    expect(shown({ split: 'all' })).toHaveLength(8);
  });

  it('searches event names and arguments, case-insensitively, every term required', () => {
    expect(shown({ query: 'OS.' })).toEqual(['os.open', 'os.chdir']);
    expect(shown({ query: 'address' })).toEqual(['socket.connect']);
    expect(shown({ query: 'open path' })).toEqual(['os.open', 'open']);
    expect(shown({ query: '  ' })).toHaveLength(6);
    expect(shown({ query: 'xyz' })).toEqual([]);
  });

  it('does not search references with the search box, only with the References column filter', () => {
    expect(shown({ query: 'socket.html' })).toEqual([]);
    expect(shown({ columns: { refs: 'socket.html' } })).toEqual(['socket.connect']);
    expect(shown({ columns: { refs: '[2]' } })).toEqual(['socket.connect']);
  });

  it('applies per-column filters together', () => {
    expect(shown({ columns: { event: 'open' } })).toEqual(['os.open', 'open', 'winreg.OpenKey']);
    expect(shown({ columns: { event: 'open', args: 'flags' } })).toEqual(['os.open', 'open']);
  });

  it('filters by module facet, and counts each module under the other filters', () => {
    expect(shown({ modules: ['os', 'winreg'] })).toEqual(['os.open', 'os.chdir', 'winreg.OpenKey']);
    expect(shown({ modules: [''] })).toEqual(['open']);
    const result = filterRows(set, null, { ...EMPTY_FILTERS, modules: ['os'], query: 'path' });
    const counts = Object.fromEntries(result.modules.map((facet) => [facet.value, facet.count]));
    // The module facet ignores its own choice (so siblings stay choosable) but not the search.
    expect(counts).toMatchObject({ os: 2, '': 1, socket: 0, sys: 0, winreg: 0 });
    // The tab counts honour the module choice.
    expect(result.splitCounts).toEqual({ public: 2, internal: 0, all: 2 });
  });

  it('keeps a chosen module that these files lack in the facet, with 0', () => {
    const result = filterRows(set, null, { ...EMPTY_FILTERS, modules: ['telnetlib'] });
    expect(result.indices).toHaveLength(0);
    expect(result.modules).toContainEqual({ value: 'telnetlib', count: 0 });
  });

  it('filters by exact argument name and lists argument names with counts', () => {
    expect(shown({ argument: 'path' })).toEqual(['os.open', 'os.chdir', 'open']);
    expect(shown({ argument: 'PATH' })).toEqual(['os.open', 'os.chdir', 'open']);
    // Only the start of a name so far: not filtering yet (the suggestions list the names it can become).
    expect(shown({ argument: 'pat' })).toHaveLength(6);
    const result = filterRows(set, null, { ...EMPTY_FILTERS, argument: 'path' });
    const names = Object.fromEntries(result.argumentNames.map((facet) => [facet.value, facet.count]));
    expect(names.path).toBe(3);
    expect(names.flags).toBe(2);
    expect(names.file_name).toBeUndefined(); // internal: not on this tab
  });

  it('keeps the given (sorted) order', () => {
    const order = sortedOrder(set, [{ id: 'event', desc: true }]);
    expect(shown({ query: 'open' }, order)).toEqual(['winreg.OpenKey', 'os.open', 'open']);
  });
});

describe('hasActiveFilters / clearFilters', () => {
  it('treats the tab as a view, not a filter', () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, split: 'internal' })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, columns: { args: ' ' } })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, columns: { args: 'fd' } })).toBe(true);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, argument: 'fd' })).toBe(true);
    const cleared = clearFilters({ query: 'x', split: 'all', columns: { event: 'y' }, modules: ['os'], argument: 'fd' });
    expect(cleared).toEqual({ ...EMPTY_FILTERS, split: 'all' });
  });
});

describe('the search syntax', () => {
  it('searches one column with field:value, any characters with *, and whole names in quotes', () => {
    expect(shown({ query: 'event:open' })).toEqual(['os.open', 'open', 'winreg.OpenKey']);
    expect(shown({ query: 'args:mode' })).toEqual(['os.open', 'open']);
    expect(shown({ query: 'socket.*' })).toEqual(['socket.connect']);
    expect(shown({ query: 'os.*dir' })).toEqual(['os.chdir']);
    expect(shown({ query: '"open"' })).toEqual(['open']);
    expect(shown({ query: 'args:"path"' })).toEqual(['os.open', 'os.chdir', 'open']);
    expect(shown({ query: '"path"  "mode"' })).toEqual(['os.open', 'open']);
    expect(shown({ query: '"access"' })).toEqual(['winreg.OpenKey']);
    // A * never reaches from the event into the arguments, nor from one row into the next.
    expect(shown({ query: 'connect*self' })).toEqual([]);
    expect(shown({ query: 'unknownfield:os' })).toEqual([]);
    expect(shown({ query: '*' })).toHaveLength(6);
  });
});

describe('the argument filter while typing', () => {
  it('does not filter on the start of a name, and filters (to nothing) on text no name starts with', () => {
    const typing = filterRows(set, null, { ...EMPTY_FILTERS, argument: 'pa' });
    expect(typing.argumentPending).toBe(true);
    expect(typing.indices).toHaveLength(6);
    const whole = filterRows(set, null, { ...EMPTY_FILTERS, argument: 'path' });
    expect(whole.argumentPending).toBe(false);
    expect([...whole.indices].map((index) => set.rows[index]!.event)).toEqual(['os.open', 'os.chdir', 'open']);
    expect(filterRows(set, null, { ...EMPTY_FILTERS, argument: 'zzz' }).indices).toHaveLength(0);
  });
});
