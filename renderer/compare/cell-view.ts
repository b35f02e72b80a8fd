import type { CompareCell } from './align';
import { cellArgsText, cellRefsText, cellStatusText } from './cell-text';

/**
 * What a compact grid cell shows besides its marker. A cell that agrees with the reference (or has nothing to
 * say) shows the marker alone; text appears only where the source differs, or where there is nothing to compare
 * with: the reference's own arguments and an extra event's. A missing event has nothing to spell: its marker
 * (and the colored edge) says it, and a word would widen six narrow columns.
 */
export type CellShows = { kind: 'marker-only' } | { kind: 'args'; text: string } | { kind: 'delta'; text: string };

export function cellShows(cell: CompareCell): CellShows {
  switch (cell.status) {
    case 'reference':
    case 'extra':
      return { kind: 'args', text: cellArgsText(cell) };
    case 'changed':
      return { kind: 'delta', text: cellStatusText(cell).replace(/^changed: /, '') };
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

/**
 * Whether a cell's reference count says something: the reference's own, and any that differs from it. The others
 * (most of them) stay out of sight until the row is hovered or the link focused: a column of "1"s is noise.
 */
export function refsWorthShowing(cell: CompareCell, referenceCell: CompareCell | undefined): boolean {
  if (!cell.row) return false;
  if (cell.status === 'reference' || !referenceCell?.row) return true;
  return cell.row.refs.length !== referenceCell.row.refs.length;
}
