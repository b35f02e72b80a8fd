/** How a history cell reads: a symbol for the grid, and words for screen readers and tooltips. */
import type { HistoryCell, HistoryColumn } from '../../electron/shared/versions/history';

export const CELL_SYMBOL: Readonly<Record<HistoryCell['state'], string>> = {
  present: '●',
  added: '+',
  removed: '−',
  changed: '~',
  absent: '',
};

function args(list: readonly string[] | null): string {
  return list && list.length > 0 ? list.join(', ') : 'no arguments';
}

/** "3.12.3: other arguments than 3.12.2 (address, size → ptr, size)": the cell in words. */
export function cellDescription(column: HistoryColumn, cell: HistoryCell, unstable: boolean): string {
  const against = column.base?.label ?? '';
  const checked = column.set.kind === 'file' && column.truth !== null;
  const where = column.set.kind === 'file' ? `${column.set.label} (file)` : column.set.label;
  const text: Record<HistoryCell['state'], string> = {
    absent: 'not listed',
    present: `listed (${args(cell.args)})`,
    added: checked ? `listed, but not in the ${against} build (${args(cell.args)})` : `added (${args(cell.args)})`,
    removed: checked ? `missing, though the ${against} build lists it` : `removed (listed in ${against})`,
    changed: `other arguments than ${against} (${args(cell.before)} → ${args(cell.args)})`,
  };
  const quirk = unstable && cell.state === 'changed' ? '; a known quirk: its directives carry different argument lists in one version' : '';
  return `${where}: ${text[cell.state]}${quirk}`;
}

/** A file cell that disagrees with the truth build of the file's version (quirks aside). */
export function isMismatch(column: HistoryColumn, cell: HistoryCell, unstable: boolean): boolean {
  if (column.set.kind !== 'file' || column.truth === null) return false;
  if (cell.state === 'present' || cell.state === 'absent') return false;
  return !(unstable && cell.state === 'changed');
}
