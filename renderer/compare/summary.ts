import type { DocFormat, TableKind, VersionInfo } from '../../electron/shared/model';
import type { Alignment } from './align';
import type { CompareSource } from './sources';

/** How one source covers the reference's events of one table. */
export interface KindCoverage {
  kind: TableKind;
  /** Events of this table in the reference. */
  inReference: number;
  /** Of those, how many this source has. */
  present: number;
  missing: number;
  /** Events this source has that the reference does not. */
  extra: number;
  /** Present in both, with other arguments. */
  otherArgs: number;
  /** Present in both, but in the other table (public vs internal). */
  otherTable: number;
}

export interface SourceSummary {
  sourceId: string;
  label: string;
  locale: string | null;
  version: VersionInfo | null;
  format: DocFormat;
  isReference: boolean;
  /** Rows of the source's own tables, as parsed. */
  rows: Record<TableKind, number>;
  /** The parser's warnings and errors about the file (a cut-off copy...), which explain odd coverage. */
  problems: string[];
  /** Per table the source holds (a kind is null when the source has no such table); null without any event table. */
  coverage: Record<TableKind, KindCoverage | null> | null;
}

function rowsByKind(source: CompareSource): Record<TableKind, number> {
  const count = (kind: TableKind): number =>
    source.model.tables.filter((table) => table.kind === kind).reduce((sum, table) => sum + table.rows.length, 0);
  return { public: count('public'), internal: count('internal') };
}

function coverageOf(alignment: Alignment, sourceIndex: number, kind: TableKind): KindCoverage {
  const coverage: KindCoverage = { kind, inReference: 0, present: 0, missing: 0, extra: 0, otherArgs: 0, otherTable: 0 };
  const referenceIndex = alignment.sources.findIndex((source) => source.id === alignment.referenceId);
  for (const row of alignment.rows) {
    if (row.kind !== kind) continue;
    const cell = row.cells[sourceIndex];
    const referenceHas = row.cells[referenceIndex]?.row != null;
    if (!cell) continue;
    if (referenceHas) {
      coverage.inReference += 1;
      if (cell.row !== null) coverage.present += 1;
    }
    if (cell.status === 'missing') coverage.missing += 1;
    else if (cell.status === 'extra') coverage.extra += 1;
    if (cell.argDiff) coverage.otherArgs += 1;
    if (cell.kindChanged) coverage.otherTable += 1;
  }
  return coverage;
}

/** One summary per picked source, in the order given (sources without events included, without coverage). */
export function summarize(sources: readonly CompareSource[], alignment: Alignment): SourceSummary[] {
  return sources.map((source) => {
    const index = alignment.sources.findIndex((aligned) => aligned.id === source.id);
    return {
      sourceId: source.id,
      label: source.label,
      locale: source.locale,
      version: source.version,
      format: source.format,
      isReference: source.id === alignment.referenceId,
      rows: rowsByKind(source),
      problems: source.model.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message),
      coverage:
        index < 0
          ? null
          : {
              public: source.hasTable.public ? coverageOf(alignment, index, 'public') : null,
              internal: source.hasTable.internal ? coverageOf(alignment, index, 'internal') : null,
            },
    };
  });
}

/** "ja 3.9: 168 of 181 public events; 13 missing, 0 extra, 2 with other arguments". */
export function describeCoverage(summary: SourceSummary, kind: TableKind): string {
  if (!summary.coverage) return `${summary.label}: no event table (page text only)`;
  const coverage = summary.coverage[kind];
  if (!coverage) return `${summary.label}${summary.isReference ? ' (reference)' : ''}: no ${kind} table in this file`;
  if (summary.isReference) return `${summary.label} (reference): ${coverage.inReference} ${kind} events`;
  return (
    `${summary.label}: ${coverage.present} of ${coverage.inReference} ${kind} events; ` +
    `${coverage.missing} missing, ${coverage.extra} extra, ${coverage.otherArgs} with other arguments` +
    (coverage.otherTable > 0 ? `, ${coverage.otherTable} in the other table` : '')
  );
}

/**
 * "ja 3.9: 168/181 · 13 missing · 2 changed": describeCoverage in a card's one line, for many sources side by side.
 * Counts of zero are left out; "changed" counts other arguments and the other table, as the grid's marks do. The
 * table is named only when both are shown (`withKind`): the app's Public or Internal tab names it otherwise.
 */
export function describeCoverageShort(summary: SourceSummary, kind: TableKind, withKind = true): string {
  const coverage = summary.coverage?.[kind];
  if (!coverage) return describeCoverage(summary, kind);
  const events = withKind ? `${kind} events` : 'events';
  if (summary.isReference) return `${summary.label} (reference): ${coverage.inReference} ${events}`;
  const counts = [
    [coverage.missing, 'missing'],
    [coverage.extra, 'extra'],
    [coverage.otherArgs + coverage.otherTable, 'changed'],
  ] as const;
  const parts = counts.filter(([count]) => count > 0).map(([count, word]) => `${count} ${word}`);
  return [`${summary.label}: ${coverage.present}/${coverage.inReference}${withKind ? ` ${kind}` : ''}`, ...parts].join(' · ');
}

/** "3.9.7 (inferred, 80%: matched the 3.9.7 event set)" — how the version was known. */
export function describeVersion(version: VersionInfo | null): string {
  if (!version) return 'version unknown';
  return `${version.value} (${version.source}, ${Math.round(version.confidence * 100)}%: ${version.evidence})`;
}
