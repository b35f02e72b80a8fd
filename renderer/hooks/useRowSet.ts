import { useEffect, useMemo, useState } from 'react';
import type { SourceFile } from '../../electron/shared/library-types';
import { RowSetCache, TEXT_COLUMNS, type RowSet } from '../table/rows';

/**
 * The row set of the files the source selection covers, rebuilt when the files or the selection change. The
 * cache lives as long as the component: a pushed change re-derives the rows of the files it brought, and the
 * other files' rows are reused (see RowSetCache).
 */
export function useRowSet(files: readonly SourceFile[], source: string): RowSet {
  const [cache] = useState(() => new RowSetCache());
  const set = useMemo(() => cache.build(files, source), [cache, files, source]);
  useWarmTextColumns(set);
  return set;
}

const idle: (work: () => void) => () => void =
  typeof window !== 'undefined' && 'requestIdleCallback' in window
    ? (work) => {
        const handle = window.requestIdleCallback(work, { timeout: 500 });
        return () => window.cancelIdleCallback(handle);
      }
    : (work) => {
        const handle = setTimeout(work, 0);
        return () => clearTimeout(handle);
      };

/**
 * The searchable text columns are built on first read (rows.ts): the table shows without them. Build them once
 * the screen is painted, one per idle slice, so the first keystroke finds them ready.
 */
function useWarmTextColumns(set: RowSet): void {
  useEffect(() => {
    let cancel = () => {};
    const warm = (at: number) => {
      const name = TEXT_COLUMNS[at];
      if (name === undefined) return;
      cancel = idle(() => {
        // indexOf flattens the concatenated text once, which the first search would do.
        set.columns[name].text.indexOf('\u0001');
        warm(at + 1);
      });
    };
    warm(0);
    return () => cancel();
  }, [set]);
}
