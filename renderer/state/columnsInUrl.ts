/**
 * The columns shown, in the URL hash beside the rest of the view state (`cols.rows=event,args,locale`), so a
 * copied URL opens with the same columns. The hash is shared: the view state writes its own keys and keeps
 * these, and the column layout writes these and keeps the rest.
 */
import { EMPTY_LAYOUT, type ColumnLayout } from './columnLayout.js';

const key = (view: string) => `cols.${view}`;

/** The hash with the view's shown columns set (or removed when `ids` is null), every other key kept. */
export function withColumns(hash: string, view: string, ids: readonly string[] | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (ids === null) params.delete(key(view));
  else params.set(key(view), ids.join(','));
  return params.toString();
}

/** The column keys of a hash (to keep them when the view state rewrites it). */
export function columnParams(hash: string): [string, string][] {
  return [...new URLSearchParams(hash.replace(/^#/, '')).entries()].filter(([name]) => name.startsWith('cols.'));
}

/**
 * The layout a hash asks for: the listed columns shown in that order, every other one hidden, widths as stored.
 * Null when the hash names no columns for the view.
 */
export function layoutFromHash(hash: string, view: string, stored: ColumnLayout = EMPTY_LAYOUT): ColumnLayout | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get(key(view));
  if (!value) return null;
  const ids = value.split(',').filter(Boolean);
  if (ids.length === 0) return null;
  const visibility: Record<string, boolean> = {};
  for (const id of Object.keys(stored.visibility)) visibility[id] = false;
  for (const id of stored.order) visibility[id] = false;
  for (const id of ids) visibility[id] = true;
  return { order: [...ids, ...stored.order.filter((id) => !ids.includes(id))], visibility, widths: stored.widths, hideOthers: true };
}
