/**
 * Whether an internal table that ends the file stops short of every known version of it: the evidence a
 * format without an end marker (a browser copy, a .po catalog, the reST source between two grid rows) gives
 * of a file cut right after a complete row.
 *
 * The internal table is short and the same in every known build (8 rows from 3.8.7 and 3.9.1 on, 9 from 3.15,
 * always ending with ctypes.PyObj_FromPtr). A file whose internal table is the start of a known version's, but
 * shorter than every known version that starts the same way, and which ends right there, lost the rest.
 * Tables that match no known version (other events, another order) say nothing either way.
 */
import type { DocRow } from '../model.js';
import { truth } from '../truth.js';
import { describeCut } from './cut.js';
import type { CutOff } from './page.js';

type KnownTable = ReadonlyArray<readonly [event: string, args: readonly string[]]>;

let known: KnownTable[] | null = null;

/** The distinct internal tables of the known versions, in table order. */
function knownInternalTables(): KnownTable[] {
  if (known) return known;
  const seen = new Map<string, KnownTable>();
  for (const version of truth().versions) {
    if (version.internal.size === 0) continue;
    const table: KnownTable = [...version.internal].map(([event, args]) => [event, args] as const);
    seen.set(JSON.stringify(table), table);
  }
  known = [...seen.values()];
  return known;
}

export interface KnownTailOptions {
  /**
   * The format keeps a row's arguments apart from its event name (browser text, .po units), so a file can end
   * after a row's event and before its arguments: a last row without arguments, where every matching known
   * version has some, was cut there.
   */
  lastRowMayLackArgs: boolean;
}

/** A cut-off at the end of `rows` (the file's internal table, which ends the file), or null. */
export function internalTableStopsShort(rows: readonly DocRow[], options: KnownTailOptions): CutOff | null {
  const last = rows[rows.length - 1];
  if (!last) return null;
  const matching = knownInternalTables().filter(
    (table) => table.length >= rows.length && rows.every((row, index) => table[index]![0] === row.event),
  );
  if (matching.length === 0) return null;
  const whole = matching.filter((table) => table.length === rows.length);
  if (whole.length > 0) {
    if (!options.lastRowMayLackArgs || last.args.length > 0) return null;
    const expected = whole.map((table) => table[table.length - 1]![1]);
    if (expected.some((args) => args.length === 0)) return null;
    return describeCut(
      'internal',
      rows,
      last.line,
      `the file ends between its event name and its arguments (${expected[0]!.join(', ')} in every known version ` +
        'of the page)',
    );
  }
  const next = [...new Set(matching.map((table) => table[rows.length]![0]))];
  return describeCut(
    'internal',
    rows,
    last.line,
    `the file ends there, where every known version of the page whose internal table starts with these rows goes on ` +
      `with ${next.join(' or ')}`,
  );
}
