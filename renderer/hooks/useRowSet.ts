import { useEffect, useMemo, useState } from 'react';
import type { SourceFile } from '../../electron/shared/library-types';
import { ALL_SOURCES, filesForSource, RowSetCache, TEXT_COLUMNS, type RowSet } from '../table/rows';

/**
 * Files with more rows than this still to flatten are shown progressively: the first one at once, the others
 * one per idle slice, each step a complete row set of the files read so far. A first load of 100,000 rows then
 * shows its first rows after flattening one file instead of all of them; a change to one file stays one step.
 */
export const PROGRESSIVE_ROWS = 20_000;

function rowCount(file: SourceFile): number {
  return (file.model?.tables ?? []).reduce((sum, table) => sum + table.rows.length, 0);
}

export interface RowSetProgress {
  /** Files of the selection whose rows are in the set. */
  read: number;
  /** Files the selection covers. */
  of: number;
}

/**
 * The row set of the files the source selection covers, rebuilt when the files or the selection change. The
 * cache lives as long as the component: a pushed change re-derives the rows of the files it brought, and the
 * other files' rows are reused (see RowSetCache). `progress` says how far a progressive build has come.
 */
export function useRowSet(files: readonly SourceFile[], source: string): RowSet & { progress: RowSetProgress | null } {
  const [cache] = useState(() => new RowSetCache());
  // Bumped each time an idle slice has flattened one more file.
  const [step, setStep] = useState(0);
  const { set, next } = useMemo(() => {
    const covered = filesForSource(files, source);
    const missing = covered.filter((file) => !cache.has(file));
    const missingRows = missing.reduce((sum, file) => sum + rowCount(file), 0);
    if (covered.length < 2 || missingRows <= PROGRESSIVE_ROWS) return { set: cache.build(files, source), next: null };
    // The files already read (or, when none is, the first one, flattened now); the rest come in idle slices.
    const ready = covered.filter((file) => cache.has(file));
    const shown = ready.length > 0 ? ready : [missing[0]!];
    const partial = cache.build(shown, ALL_SOURCES);
    return { set: { ...partial, progress: { read: shown.length, of: covered.length } }, next: missing.find((file) => !shown.includes(file)) ?? null };
    // `step` is a dependency only to re-run this after each slice.
  }, [cache, files, source, step]);
  useEffect(() => {
    if (!next) return;
    return idle(() => {
      cache.fileRows(next);
      setStep((current) => current + 1);
    });
  }, [cache, next]);
  useWarmTextColumns(next ? null : set);
  return useMemo(() => ('progress' in set ? (set as RowSet & { progress: RowSetProgress }) : { ...set, progress: null }), [set]);
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
function useWarmTextColumns(set: RowSet | null): void {
  useEffect(() => {
    if (!set) return;
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
