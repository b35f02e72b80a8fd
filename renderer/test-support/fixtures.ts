// Test-only: small hand-written files for the pure modules' unit tests (the component tests use the real corpus).
import type { DocFormat, DocRow, DocTable, DocTableModel, VersionInfo } from '../../electron/shared/model';
import { NO_SKIPPED, type LibrarySnapshot, type SourceFile } from '../../electron/shared/library-types';

/** [event, args, reference targets] */
export type RowSpec = [event: string, args: string[], targets?: (string | null)[]];

export interface FileSpec {
  id?: string;
  path?: string;
  locale?: string | null;
  version?: string | null;
  format?: DocFormat;
  /** null: no public table at all (a gettext catalog, the reST source). */
  public?: RowSpec[] | null;
  internal?: RowSpec[];
  headers?: string[];
}

function docRows(specs: RowSpec[]): DocRow[] {
  return specs.map(([event, args, targets = [null]], i) => ({
    event,
    args,
    refs: targets.map((target, k) => ({ label: String(k + 1), target })),
    line: 10 + i * 4,
  }));
}

export function versionInfo(value: string): VersionInfo {
  return { value, source: 'metadata', confidence: 1, evidence: `test fixture: ${value}` };
}

export function makeFile(spec: FileSpec): SourceFile {
  const path = spec.path ?? '/docs/library/audit_events.html';
  const headers = spec.headers ?? ['Audit event', 'Arguments', 'References'];
  const tables: DocTable[] = spec.public === null ? [] : [{ kind: 'public', headers, rows: docRows(spec.public ?? []) }];
  if (spec.internal) tables.push({ kind: 'internal', headers, rows: docRows(spec.internal) });
  const version = spec.version === undefined ? versionInfo('3.12') : spec.version === null ? null : versionInfo(spec.version);
  const model: DocTableModel = {
    format: spec.format ?? 'html',
    locale: spec.locale === undefined ? 'en' : spec.locale,
    version,
    title: 'Audit events table',
    prose: [],
    tables,
    diagnostics: [],
  };
  const name = path.slice(path.lastIndexOf('/') + 1);
  return {
    id: spec.id ?? `0:${name}`,
    path,
    relPath: spec.id?.replace(/^\d+:/, '') ?? name,
    name,
    size: 1000,
    mtimeMs: 0,
    status: 'ok',
    message: null,
    format: model.format,
    encoding: 'utf-8',
    locale: model.locale,
    version,
    title: model.title,
    origin: null,
    model,
  };
}

/** A small ja file for the row tests: a repeated event (os.open twice), an event without a module, an internal row. */
export const ja = makeFile({
  id: '0:ja/audit.html',
  locale: 'ja',
  public: [
    ['os.open', ['path', 'mode', 'flags'], ['os.html#os.open']],
    ['open', ['path', 'mode', 'flags'], ['functions.html#open', 'io.html#io.open']],
    ['os.open', ['path', 'mode', 'flags'], ['os.html#os.open']],
  ],
  internal: [['_winapi.CreateFile', ['file_name', 'desired_access']]],
});

/** A library of these files under /docs: nothing skipped, no problem, no load under way (override any of it). */
export function makeSnapshot(files: SourceFile[], overrides: Partial<LibrarySnapshot> = {}): LibrarySnapshot {
  return { revision: 1, roots: ['/docs'], samples: false, files, problems: [], skipped: NO_SKIPPED, loading: null, ...overrides };
}
