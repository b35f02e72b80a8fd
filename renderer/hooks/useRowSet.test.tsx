import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeFile, type RowSpec } from '../test-support/fixtures';
import { ALL_SOURCES } from '../table/rows';
import { PROGRESSIVE_ROWS, useRowSet } from './useRowSet';

const big = (id: string, count: number) =>
  makeFile({ id, public: Array.from({ length: count }, (_, i): RowSpec => [`mod${i % 7}.event_${i}`, ['path']]) });

describe('useRowSet', () => {
  it('shows a large first load file by file, each step complete, then every row', async () => {
    const per = Math.ceil(PROGRESSIVE_ROWS / 2) + 1;
    const files = [big('0:a.html', per), big('1:b.html', per), big('2:c.html', per), big('3:d.html', per)];
    const seen: { rows: number; read: number | null }[] = [];
    const { result } = renderHook(() => {
      const set = useRowSet(files, ALL_SOURCES);
      seen.push({ rows: set.rows.length, read: set.progress?.read ?? null });
      return set;
    });
    expect(seen[0]).toEqual({ rows: per, read: 1 });
    await waitFor(() => expect(result.current.progress).toBeNull());
    expect(result.current.rows).toHaveLength(4 * per);
    expect(result.current.files).toEqual(files);
    // Every step held whole files, in order, until what was left was small enough to read at once.
    expect(seen.map((step) => step.rows).filter((rows, i, all) => all.indexOf(rows) === i)).toEqual([per, 2 * per, 4 * per]);
  });

  it('builds small selections and one-file changes at once', () => {
    const files = [big('0:a.html', 100), big('1:b.html', 100)];
    const { result, rerender } = renderHook(({ list }) => useRowSet(list, ALL_SOURCES), { initialProps: { list: files } });
    expect(result.current.progress).toBeNull();
    expect(result.current.rows).toHaveLength(200);
    rerender({ list: [files[0]!, big('1:b.html', 50)] });
    expect(result.current.rows).toHaveLength(150);
  });
});
