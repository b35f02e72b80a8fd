import type { DocRow, TableKind } from '../../electron/shared/model';
import { diffArgs, type ArgDiff } from './arg-diff';
import type { CompareSource } from './sources';

/**
 * How a source's cell stands against the reference source's cell of the same event:
 * - reference: this is the reference source, and it has the event
 * - same: present in both with the same arguments, in the same table
 * - changed: present in both, but the arguments differ or the event sits in the other table
 * - missing: the reference has the event, this source does not
 * - extra: this source has the event, the reference does not
 * - absent: neither has it (another picked source does)
 * - no-table: the source holds no table of this kind at all (a catalog, the reST source, a cut-off copy), so it
 *   can be neither missing nor extra there
 * Reference counts are shown but never count as a difference: builds repeat or drop them freely.
 */
export type CellStatus = 'reference' | 'same' | 'changed' | 'missing' | 'extra' | 'absent' | 'no-table';

export interface CompareCell {
  sourceId: string;
  /** The source's row for the event (its first, if the table repeats it); null when the source lacks it. */
  row: DocRow | null;
  /** The table of this source the event is in. */
  kind: TableKind | null;
  status: CellStatus;
  /** Set when status is 'changed' because the arguments differ. */
  argDiff: ArgDiff | null;
  /** Set when status is 'changed' because the event sits in the other table than in the reference. */
  kindChanged: boolean;
}

export interface AlignedRow {
  event: string;
  /** The reference's table for the event, or the first source's that has it. */
  kind: TableKind;
  /** One per source, in source order. */
  cells: CompareCell[];
  /** Some cell is missing, extra or changed. */
  differs: boolean;
}

export interface Alignment {
  sources: CompareSource[];
  referenceId: string;
  rows: AlignedRow[];
}

interface Located {
  row: DocRow;
  kind: TableKind;
}

/** Event name -> first row of that name, public table before internal. */
function indexEvents(source: CompareSource): Map<string, Located> {
  const events = new Map<string, Located>();
  const tables = [...source.model.tables].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'public' ? -1 : 1));
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.event !== '' && !events.has(row.event)) events.set(row.event, { row, kind: table.kind });
    }
  }
  return events;
}

/**
 * One order for the union of events that keeps every source's document order: the reference's events first, then
 * each other source's new events inserted right after the event that precedes them in that source.
 */
function mergeOrder(orders: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  const placed = new Set<string>();
  for (const order of orders) {
    let insertAt = 0;
    for (const event of order) {
      if (placed.has(event)) {
        insertAt = merged.indexOf(event) + 1;
      } else {
        merged.splice(insertAt, 0, event);
        placed.add(event);
        insertAt += 1;
      }
    }
  }
  return merged;
}

function compareCell(
  source: CompareSource,
  rowKind: TableKind,
  found: Located | undefined,
  inReference: Located | undefined,
  isReference: boolean,
): CompareCell {
  const base = { sourceId: source.id, row: found?.row ?? null, kind: found?.kind ?? null, argDiff: null, kindChanged: false };
  if (!found && !source.hasTable[rowKind]) return { ...base, status: 'no-table' };
  if (isReference) return { ...base, status: found ? 'reference' : 'absent' };
  if (!found) return { ...base, status: inReference ? 'missing' : 'absent' };
  if (!inReference) return { ...base, status: 'extra' };
  const argDiff = diffArgs(inReference.row.args, found.row.args);
  const kindChanged = found.kind !== inReference.kind;
  return { ...base, argDiff, kindChanged, status: argDiff || kindChanged ? 'changed' : 'same' };
}

/**
 * Aligns the event tables of the sources by event name, against the reference. Sources without event tables are
 * left out. Rows come public first, then internal, each in merged document order.
 */
export function alignSources(sources: readonly CompareSource[], referenceId: string): Alignment {
  const withEvents = sources.filter((source) => source.hasEvents);
  const reference = withEvents.find((source) => source.id === referenceId) ?? withEvents[0];
  if (!reference) return { sources: [], referenceId, rows: [] };
  const indexes = new Map(withEvents.map((source) => [source.id, indexEvents(source)]));
  const referenceEvents = indexes.get(reference.id)!;
  const ordered = [reference, ...withEvents.filter((source) => source !== reference)];
  const order = mergeOrder(ordered.map((source) => [...indexes.get(source.id)!.keys()]));

  const rows = order.map((event): AlignedRow => {
    const inReference = referenceEvents.get(event);
    const kind = inReference?.kind ?? ordered.map((source) => indexes.get(source.id)!.get(event)?.kind).find(Boolean) ?? 'public';
    const cells = withEvents.map((source) =>
      compareCell(source, kind, indexes.get(source.id)!.get(event), inReference, source === reference),
    );
    const differs = cells.some((cell) => cell.status === 'missing' || cell.status === 'extra' || cell.status === 'changed');
    return { event, kind, cells, differs };
  });
  const publicFirst = [...rows.filter((row) => row.kind === 'public'), ...rows.filter((row) => row.kind === 'internal')];
  return { sources: withEvents, referenceId: reference.id, rows: publicFirst };
}
