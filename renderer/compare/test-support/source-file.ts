import type { DocRow, DocTableModel, ProseBlock, VersionInfo } from '../../../electron/core/model';
import type { SourceFile } from '../../../electron/shared/library-types';

/** The SourceFile the library would hand the renderer for a parsed model. */
export function sourceFileFromModel(model: DocTableModel, path: string, id = `0:${path}`): SourceFile {
  const name = path.split('/').pop() ?? path;
  return {
    id,
    path,
    relPath: name,
    name,
    size: 0,
    mtimeMs: 0,
    status: model.diagnostics.some((d) => d.severity === 'error') ? 'error' : 'ok',
    message: null,
    format: model.format,
    encoding: 'utf-8',
    locale: model.locale,
    version: model.version,
    title: model.title,
    origin: null,
    model,
  };
}

/** [event, "arg, arg", reference count] — the way the page prints a row. */
export type RowSpec = [string, string, number];

function rows(specs: readonly RowSpec[]): DocRow[] {
  return specs.map(([event, args, refCount], index) => ({
    event,
    args: args === '' ? [] : args.split(', '),
    refs: Array.from({ length: refCount }, (_, k) => ({ label: String(k + 1), target: `../library/x.html#${event}-${k}` })),
    line: index + 1,
  }));
}

export function version(value: string, source: VersionInfo['source'] = 'inferred'): VersionInfo {
  return { value, source, confidence: source === 'inferred' ? 0.8 : 1, evidence: `test: ${value}` };
}

/** A hand-built model shaped like a parsed one. */
export function handModel(options: {
  locale: string | null;
  version: string | null;
  publicRows: readonly RowSpec[];
  internalRows?: readonly RowSpec[];
  prose?: ProseBlock[];
}): DocTableModel {
  const tables: DocTableModel['tables'] = [
    { kind: 'public', headers: ['Audit event', 'Arguments', 'References'], rows: rows(options.publicRows) },
  ];
  if (options.internalRows) tables.push({ kind: 'internal', headers: ['Audit event', 'Arguments'], rows: rows(options.internalRows) });
  return {
    format: 'html',
    locale: options.locale,
    version: options.version === null ? null : version(options.version),
    title: options.prose?.find((block) => block.role === 'title')?.text ?? null,
    prose: options.prose ?? [],
    tables,
    diagnostics: [],
  };
}
