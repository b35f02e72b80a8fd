import { describe, expect, it } from 'vitest';
import { makeFile } from '../test-support/fixtures';
import { ALL_SOURCES, buildRowSet, RowSetCache, type RowSet } from './rows';
import { sortedOrder } from './sort';

const a = makeFile({
  id: '0:b/page.html',
  public: [
    ['socket.connect', ['self', 'address'], ['x.html', 'y.html']],
    ['Open', ['path']],
    ['os.chdir', ['path']],
    ['array.__new__', ['typecode', 'initializer'], ['a.html', 'b.html', 'c.html']],
  ],
});
const b = makeFile({ id: '1:a/page.txt', public: [['os.chdir', ['path']]] });
const set = buildRowSet([a, b], ALL_SOURCES);

function events(order: Int32Array | null): string[] {
  return [...(order ?? set.rows.map((row) => row.index))].map((index) => `${set.rows[index]!.event}@${set.rows[index]!.fileLabel}`);
}

describe('sortedOrder', () => {
  it('is null (document order) without a sort', () => {
    expect(sortedOrder(set, [])).toBeNull();
    expect(sortedOrder(set, [{ id: 'unknown', desc: false }])).toBeNull();
  });

  it('sorts events case-insensitively, ties in document order', () => {
    expect(events(sortedOrder(set, [{ id: 'event', desc: false }]))).toEqual([
      'array.__new__@b/page.html',
      'Open@b/page.html',
      'os.chdir@b/page.html',
      'os.chdir@a/page.txt',
      'socket.connect@b/page.html',
    ]);
  });

  it('reverses for descending but keeps ties in document order', () => {
    expect(events(sortedOrder(set, [{ id: 'event', desc: true }])).slice(1, 3)).toEqual(['os.chdir@b/page.html', 'os.chdir@a/page.txt']);
  });

  it('sorts references by their number and combines several keys', () => {
    expect(events(sortedOrder(set, [{ id: 'refs', desc: true }]))[0]).toBe('array.__new__@b/page.html');
    expect(events(sortedOrder(set, [{ id: 'args', desc: false }, { id: 'source', desc: false }]))).toEqual([
      'os.chdir@a/page.txt',
      'Open@b/page.html',
      'os.chdir@b/page.html',
      'socket.connect@b/page.html',
      'array.__new__@b/page.html',
    ]);
  });

  it('merges per-file orders into the order one sort over every row gives, before and after a file changes', () => {
    // The oracle: every row's keys read and sorted at once, ties in document order.
    const oneSort = (rows: RowSet, rules: { id: 'event' | 'args' | 'source'; desc: boolean }[]) =>
      [...rows.rows.keys()].sort((x, y) => {
        for (const rule of rules) {
          const key = (i: number) => {
            const row = rows.rows[i]!;
            return (rule.id === 'event' ? row.event : rule.id === 'args' ? row.argsText : row.fileLabel).toLowerCase();
          };
          if (key(x) !== key(y)) return (key(x) < key(y) ? -1 : 1) * (rule.desc ? -1 : 1);
        }
        return x - y;
      });
    const c = makeFile({ id: '2:c/page.po', public: [['os.chdir', ['fd']], ['array.__new__', []], ['Open', ['path']]] });
    const cache = new RowSetCache();
    const choices = [
      [{ id: 'event' as const, desc: false }],
      [{ id: 'event' as const, desc: true }],
      [{ id: 'args' as const, desc: false }, { id: 'event' as const, desc: true }],
    ];
    for (const files of [[a, b, c], [a, makeFile({ id: b.id, public: [['aaa.first', []], ['os.chdir', ['path']]] }), c], [c, a]]) {
      const rows = cache.build(files, ALL_SOURCES);
      for (const rules of choices) expect([...sortedOrder(rows, rules)!]).toEqual(oneSort(rows, rules));
    }
  });
});
