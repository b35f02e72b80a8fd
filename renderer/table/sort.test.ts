import { describe, expect, it } from 'vitest';
import { makeFile } from '../test-support/fixtures';
import { ALL_SOURCES, buildRowSet } from './rows';
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
});
