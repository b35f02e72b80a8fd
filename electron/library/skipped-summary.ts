/**
 * The snapshot's account of files looked at and not shown (other pages, binary files, files too large or
 * unreadable): exact counts, and a list capped so that a docs build of thousands of pages keeps snapshots and
 * changes small.
 */
import {
  SKIPPED_LIST_LIMIT,
  type SkippedFile,
  type SkippedSummary,
  type SkipReason,
} from '../shared/library-types.js';

export function summariseSkipped(entries: Iterable<SkippedFile>, limit = SKIPPED_LIST_LIMIT): SkippedSummary {
  const all = [...entries];
  const reasons: Partial<Record<SkipReason, number>> = {};
  for (const entry of all) reasons[entry.reason] = (reasons[entry.reason] ?? 0) + 1;
  all.sort(compareSkipped);
  return { count: all.length, reasons, files: all.slice(0, limit) };
}

/** Whether two records of a path say the same thing (a rewrite that stays skipped for the same reason is no news). */
export function sameSkipped(a: SkippedFile | null, b: SkippedFile | null): boolean {
  if (a === null || b === null) return a === b;
  return a.id === b.id && a.reason === b.reason && a.detail === b.detail && a.path === b.path;
}

/** By relPath, then id: the order of SourceFiles in a snapshot. */
function compareSkipped(a: SkippedFile, b: SkippedFile): number {
  return compareText(a.relPath, b.relPath) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
