/**
 * The kinds of text file the app exports (the tables as CSV; the versions view's events also as JSON and a Python
 * module): their extension, MIME type and save-dialog filter, shared by the save handlers of both hosts.
 */
export type ExportFileKind = 'csv' | 'json' | 'python';

export const EXPORT_FILE_KINDS: readonly ExportFileKind[] = ['csv', 'json', 'python'];

interface KindInfo {
  extension: string;
  mime: string;
  /** Save dialog filter name. */
  filter: string;
}

export const EXPORT_FILE_INFO: Readonly<Record<ExportFileKind, KindInfo>> = {
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8', filter: 'CSV' },
  json: { extension: 'json', mime: 'application/json;charset=utf-8', filter: 'JSON' },
  python: { extension: 'py', mime: 'text/x-python;charset=utf-8', filter: 'Python module' },
};

/** "audit events" → "audit events.json"; a name already ending in the kind's extension is kept. */
export function exportFileName(suggestedName: string, kind: ExportFileKind): string {
  const extension = `.${EXPORT_FILE_INFO[kind].extension}`;
  return suggestedName.toLowerCase().endsWith(extension) ? suggestedName : `${suggestedName}${extension}`;
}
