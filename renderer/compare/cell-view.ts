import type { CompareCell } from './align';
import { cellArgsText, cellRefsText, cellStatusText, STATUS_MARKERS } from './cell-text';

/**
 * What a compact grid cell shows besides its marker. A cell that agrees with the reference (or has nothing to
 * say) shows the marker alone; text appears only where the source differs, or where there is nothing to compare
 * with: the reference's own arguments and an extra event's.
 */
export type CellShows = { kind: 'marker-only' } | { kind: 'args'; text: string } | { kind: 'delta'; text: string };

export function cellShows(cell: CompareCell): CellShows {
  switch (cell.status) {
    case 'reference':
    case 'extra':
      return { kind: 'args', text: cellArgsText(cell) };
    case 'changed':
      return { kind: 'delta', text: cellStatusText(cell).replace(/^changed: /, '') };
    case 'missing':
      return { kind: 'delta', text: STATUS_MARKERS.missing.word };
    default:
      return { kind: 'marker-only' };
  }
}

/** The whole cell in words, for the hover tip: what the compact cell leaves out (a "same" cell's arguments). */
export function cellTitle(cell: CompareCell, sourceLabel: string): string {
  const parts = [`${sourceLabel}: ${cellStatusText(cell)}`];
  if (cell.row) {
    parts.push(cell.row.args.length > 0 ? `arguments: ${cellArgsText(cell)}` : 'no arguments');
    parts.push(`${cellRefsText(cell)} references`);
  }
  return parts.join('\n');
}
