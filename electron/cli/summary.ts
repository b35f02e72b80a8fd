/** The human-readable `doctable parse FILE` output: a few aligned lines, then the diagnostics. */
import type { DocTableModel } from '../core/model.js';

export function formatSummary(file: string, model: DocTableModel, encoding: string): string {
  const lines = [file];
  const field = (name: string, value: string): void => {
    lines.push(`  ${name.padEnd(9)}${value}`);
  };
  field('format', `${model.format} (${encoding})`);
  field('locale', `${model.locale ?? 'unknown'}${model.uiLocale ? ` (interface: ${model.uiLocale})` : ''}`);
  field(
    'version',
    model.version
      ? `${model.version.value} (${model.version.source}, confidence ${model.version.confidence.toFixed(2)})`
      : 'unknown',
  );
  if (model.version) field('', model.version.evidence);
  field('title', model.title ?? '(none)');
  if (model.tables.length === 0) field('tables', '(none)');
  for (const table of model.tables) {
    const headers = table.headers.length > 0 ? ` — ${table.headers.join(' | ')}` : '';
    field(table.kind, `${table.rows.length} row${table.rows.length === 1 ? '' : 's'}${headers}`);
  }
  const counts = (['error', 'warning', 'info'] as const)
    .map((severity) => [severity, model.diagnostics.filter((entry) => entry.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}${count === 1 ? '' : 's'}`);
  field('notes', counts.length > 0 ? counts.join(', ') : 'none');
  for (const diagnostic of model.diagnostics) {
    const where = diagnostic.line === null ? '' : ` (line ${diagnostic.line})`;
    lines.push(`    ${diagnostic.severity}${where}: ${diagnostic.message}`);
  }
  return `${lines.join('\n')}\n`;
}
