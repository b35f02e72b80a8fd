import { describe, expect, it } from 'vitest';
import { ja, makeFile } from '../test-support/fixtures';
import { ALL_SOURCES, buildRowSet, moduleOf } from './rows';

const en = makeFile({ id: '1:en/audit.txt', public: [['socket.connect', ['self', 'address']]] });

describe('moduleOf', () => {
  it('is the part before the first dot, or empty without one', () => {
    expect(moduleOf('urllib.Request')).toBe('urllib');
    expect(moduleOf('os.chdir')).toBe('os');
    expect(moduleOf('sqlite3.connect/handle')).toBe('sqlite3');
    expect(moduleOf('open')).toBe('');
  });
});

describe('buildRowSet', () => {
  it('flattens one file: public rows first, then internal, in document order', () => {
    const set = buildRowSet([ja, en], ja.id);
    expect(set.files).toEqual([ja]);
    expect(set.rows.map((row) => `${row.kind}:${row.event}`)).toEqual([
      'public:os.open',
      'public:open',
      'public:os.open',
      'internal:_winapi.CreateFile',
    ]);
    expect(set.totals).toEqual({ public: 3, internal: 1 });
    expect(set.rows.map((row) => row.index)).toEqual([0, 1, 2, 3]);
  });

  it('tags every row with its file when all sources are shown', () => {
    const set = buildRowSet([ja, en], ALL_SOURCES);
    expect(set.rows.map((row) => row.fileLabel)).toEqual(['ja/audit.html', 'ja/audit.html', 'ja/audit.html', 'ja/audit.html', 'en/audit.txt']);
    expect(set.totals).toEqual({ public: 4, internal: 1 });
  });

  it('falls back to all files for an id that is not loaded (a persisted choice of a file since removed)', () => {
    expect(buildRowSet([ja, en], '9:gone.html').files).toEqual([ja, en]);
  });

  it('gives repeated events distinct, stable ids', () => {
    const ids = buildRowSet([ja], ALL_SOURCES).rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(buildRowSet([ja], ALL_SOURCES).rows.map((row) => row.id)).toEqual(ids);
    expect(ids[0]).not.toBe(ids[2]);
  });

  it('shows arguments and references the way the page prints them', () => {
    const open = buildRowSet([ja], ALL_SOURCES).rows[1]!;
    expect(open.argsText).toBe('path, mode, flags');
    expect(open.refsText).toBe('[1] [2]');
    expect(open.module).toBe('');
  });

  it('interns modules and argument names once per set', () => {
    const set = buildRowSet([ja, en], ALL_SOURCES);
    expect([...set.modules].sort()).toEqual(['', '_winapi', 'os', 'socket']);
    expect(set.argNames.filter((name) => name === 'path')).toHaveLength(1);
    const socket = set.rows.find((row) => row.event === 'socket.connect')!;
    const { argStarts, argIds, moduleIds, kinds } = set.columns;
    const ids = [...argIds.subarray(argStarts[socket.index], argStarts[socket.index + 1])];
    expect(ids.map((id) => set.argNames[id])).toEqual(['self', 'address']);
    expect(set.modules[moduleIds[socket.index]!]).toBe('socket');
    expect(kinds[set.rows.find((row) => row.kind === 'internal')!.index]).toBe(1);
  });

  it('keeps each row searchable under its own offsets, even where lower-casing changes a text\'s length', () => {
    const tricky = makeFile({ id: '3:t.html', public: [['İstanbul.x', ['ǅ']], ['os.open', ['path']]] });
    const { columns } = buildRowSet([tricky], ALL_SOURCES);
    const second = columns.event.text.slice(columns.event.starts[1], columns.event.starts[2]! - 1);
    expect(second).toBe('os.open');
  });

  it('skips files without a model (unreadable files) but keeps them as the chosen source', () => {
    const broken = { ...en, id: '2:broken.html', model: null, status: 'error' as const, message: 'not a doc table' };
    const set = buildRowSet([broken], broken.id);
    expect(set.files).toEqual([broken]);
    expect(set.rows).toHaveLength(0);
  });
});
