/**
 * `doctable scan PATH... [--json]`: what the Sources panel would show for folders and files, from the real library
 * (opened, loaded, printed, closed): one line per doc table shown, then how many other files were skipped and why.
 *
 * Exit status: 0 when it ran, 1 when no file could be shown, 2 for a usage error.
 */
import path from 'node:path';
import type { DocTableModel } from '../core/model.js';
import { createLibrary } from '../library/index.js';
import { BUNDLED_SAMPLES_DIR } from '../library/samples.js';
import { encodingLabel } from '../shared/encoding-label.js';
import { parseJsonCommandArgs } from './command-args.js';
import type { LibrarySnapshot, SkipReason, SourceFile } from '../shared/library-types.js';
import { describeSkipReasons, skippedHeadline } from '../shared/skip-reasons.js';

export const SCAN_USAGE = 'usage: doctable scan PATH... [--json]';

const EXIT_OK = 0;
const EXIT_NOTHING = 1;
const EXIT_USAGE = 2;

/** One shown file, as `--json` prints it. */
export interface ScanFile {
  path: string;
  status: SourceFile['status'];
  format: string | null;
  encoding: string | null;
  locale: string | null;
  uiLocale: string | null;
  version: { value: string; source: string; confidence: number } | null;
  tables: { kind: string; rows: number }[];
  message: string | null;
}

export interface ScanReport {
  files: ScanFile[];
  skipped: { count: number; reasons: Partial<Record<SkipReason, number>> };
}

export async function scanCommand(args: string[]): Promise<number> {
  const parsed = parseJsonCommandArgs('scan', SCAN_USAGE, args);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length === 0) {
    process.stderr.write(`${SCAN_USAGE}\n`);
    return EXIT_USAGE;
  }

  const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
  let snapshot: LibrarySnapshot;
  try {
    snapshot = await library.open(parsed.positionals.map((given) => path.resolve(given)));
  } finally {
    await library.close();
  }
  // A CLI does not watch: "(watching for it to appear)" is the app's side of a missing path.
  for (const problem of snapshot.problems) process.stderr.write(`doctable scan: ${problem.replace(/ \(watching [^)]*\)$/, '')}\n`);
  const report = scanReport(snapshot);
  process.stdout.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : formatScan(report));
  return report.files.length > 0 ? EXIT_OK : EXIT_NOTHING;
}

export function scanReport(snapshot: LibrarySnapshot): ScanReport {
  return {
    files: snapshot.files.map(scanFile),
    skipped: { count: snapshot.skipped.count, reasons: snapshot.skipped.reasons },
  };
}

function scanFile(file: SourceFile): ScanFile {
  const version = file.version;
  return {
    path: file.path,
    status: file.status,
    format: file.format,
    encoding: file.encoding,
    locale: file.locale,
    uiLocale: file.model ? uiLocaleOf(file.model) : null,
    version: version ? { value: version.value, source: version.source, confidence: version.confidence } : null,
    tables: (file.model?.tables ?? []).map((table) => ({ kind: table.kind, rows: table.rows.length })),
    message: file.message,
  };
}

/** The interface language when the parser tells it apart from the content's (a newer model field). */
function uiLocaleOf(model: DocTableModel): string | null {
  const value = 'uiLocale' in model ? (model as { uiLocale?: unknown }).uiLocale : null;
  return typeof value === 'string' ? value : null;
}

/** One aligned line per file, then the skipped files' line. */
export function formatScan(report: ScanReport): string {
  const rows = report.files.map((file) => {
    const count = (kind: string) => file.tables.filter((t) => t.kind === kind).reduce((sum, t) => sum + t.rows, 0);
    const version = file.version
      ? `${file.version.value} (${file.version.source === 'inferred' ? `inferred ${Math.round(file.version.confidence * 100)}%` : file.version.source})`
      : 'version ?';
    const locale = file.uiLocale ? `${file.locale ?? '?'} (ui ${file.uiLocale})` : (file.locale ?? 'locale ?');
    return [
      file.status,
      locale,
      version,
      file.format ?? 'format ?',
      file.encoding ? encodingLabel(file.encoding) : 'encoding ?',
      `${count('public')} public`,
      `${count('internal')} internal`,
      file.message ? `${file.path} — ${file.message}` : file.path,
    ];
  });
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]!.length))) ?? [];
  const lines = rows.map((row) =>
    row.map((cell, column) => (column === row.length - 1 ? cell : column >= 5 && column <= 6 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join('  '),
  );
  if (rows.length === 0) lines.push('No audit events table found.');
  const { count, reasons } = report.skipped;
  lines.push(count > 0 ? `${skippedHeadline(count)} (${describeSkipReasons(reasons)})` : skippedHeadline(0));
  return `${lines.join('\n')}\n`;
}
