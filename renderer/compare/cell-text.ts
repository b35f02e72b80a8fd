import { describeArgDiff } from './arg-diff';
import type { CellStatus, CompareCell } from './align';

/** The marker of each status: an icon and a word, so the grid never relies on color alone. */
export const STATUS_MARKERS: Readonly<Record<CellStatus, { icon: string; word: string; meaning: string }>> = {
  reference: { icon: '★', word: 'reference', meaning: 'the reference source: others are compared with it' },
  same: { icon: '✓', word: 'same', meaning: 'same arguments as the reference' },
  changed: { icon: '≠', word: 'changed', meaning: 'arguments (or table) differ from the reference' },
  missing: { icon: '−', word: 'missing', meaning: 'the reference has this event, this source does not' },
  extra: { icon: '+', word: 'extra', meaning: 'this source has this event, the reference does not' },
  absent: { icon: '·', word: 'absent', meaning: 'neither this source nor the reference has it' },
  'no-table': { icon: '∅', word: 'no table', meaning: 'this file has no table of this kind (a catalog, the reST source, a cut-off copy)' },
};

export const STATUS_ORDER: readonly CellStatus[] = ['reference', 'same', 'changed', 'missing', 'extra', 'absent', 'no-table'];

/** "changed: renamed ptr → address" — the status as the grid and the CSV spell it. */
export function cellStatusText(cell: CompareCell): string {
  const word = STATUS_MARKERS[cell.status].word;
  if (cell.status !== 'changed') return word;
  const details: string[] = [];
  if (cell.argDiff) details.push(describeArgDiff(cell.argDiff));
  if (cell.kindChanged && cell.kind) details.push(`in the ${cell.kind} table`);
  return `${word}: ${details.join('; ')}`;
}

export function cellArgsText(cell: CompareCell): string {
  return cell.row ? cell.row.args.join(', ') : '';
}

/** Count of references ("" when the source lacks the event). */
export function cellRefsText(cell: CompareCell): string {
  return cell.row ? String(cell.row.refs.length) : '';
}
