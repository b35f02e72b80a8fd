/** The one wording of "the text stops inside a table", shared by the format readers. */
import type { DocRow, TableKind } from '../model.js';
import type { CutOff } from './page.js';

export function tableKindAt(tablesBefore: number): TableKind {
  return tablesBefore === 0 ? 'public' : 'internal';
}

export function describeCut(
  kind: TableKind,
  keptRows: readonly DocRow[],
  line: number | null,
  reason: string,
): CutOff {
  const last = keptRows[keptRows.length - 1];
  const after = last ? `after row ${keptRows.length} (${last.event})` : 'before its first row';
  const where = line === null ? '' : ` at line ${line}`;
  return {
    line,
    message:
      `The file stops inside the ${kind} table${where}, ${after}: ${reason}. ` +
      'The rows before it are kept; the rest of the page is missing.',
  };
}
