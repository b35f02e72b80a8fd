import { useMemo, useState } from 'react';
import type { SourceFile } from '../../electron/shared/library-types';
import { RowSetCache, type RowSet } from '../table/rows';

/**
 * The row set of the files the source selection covers, rebuilt when the files or the selection change. The
 * cache lives as long as the component: a pushed change re-derives the rows of the files it brought, and the
 * other files' rows are reused (see RowSetCache).
 */
export function useRowSet(files: readonly SourceFile[], source: string): RowSet {
  const [cache] = useState(() => new RowSetCache());
  return useMemo(() => cache.build(files, source), [cache, files, source]);
}
