import type { DocFormat, DocTableModel, TableKind, VersionInfo } from '../../electron/shared/model';
import type { SourceFile } from '../../electron/shared/library-types';
import { compareVersions } from '../../electron/shared/version-order';

/** One picked file, as the compare view uses it. */
export interface CompareSource {
  id: string;
  /** Short and unique among the picked sources: "ja 3.9.7", or "ja 3.9.7 · audit.html" when two would read the same. */
  label: string;
  locale: string | null;
  version: VersionInfo | null;
  format: DocFormat;
  /** Absolute path of the file, for resolving relative reference links. */
  path: string;
  model: DocTableModel;
  /** Which of the page's two tables the file holds (a catalog or the reST source only has the internal one). */
  hasTable: Readonly<Record<TableKind, boolean>>;
  /** False for sources without any event table: they take part in the page-text comparison only. */
  hasEvents: boolean;
}

export type ParsedFile = SourceFile & { model: DocTableModel };

/** The files the user can pick: those that parsed into a model. */
export function pickableFiles(files: readonly SourceFile[]): ParsedFile[] {
  return files.filter((file): file is ParsedFile => file.model !== null);
}

/** "ja 3.9.7": how a file is named in the compare view (not unique: two files may share it). */
export function sourceLabel(file: ParsedFile): string {
  const version = file.model.version ?? file.version;
  return `${file.model.locale ?? file.locale ?? 'unknown locale'} ${version?.value ?? '(version unknown)'}`;
}

/** False for files without any event table: they take part in the page-text comparison only. */
export function hasEventTable(file: ParsedFile): boolean {
  return file.model.tables.length > 0;
}

/**
 * Builds sources in the order given, labelled so that no two of them read the same: a label shared with another of
 * these files gets the file's path. Pass the picked files only, so a clash with a file that is not shown does not
 * lengthen a label.
 */
export function toCompareSources(files: readonly SourceFile[]): CompareSource[] {
  const parsed = pickableFiles(files);
  const bases = parsed.map(sourceLabel);
  return parsed.map((file, index) => {
    const base = bases[index] ?? '';
    const clashes = bases.filter((other) => other === base).length > 1;
    return {
      id: file.id,
      label: clashes ? `${base} · ${file.relPath}` : base,
      locale: file.model.locale ?? file.locale,
      version: file.model.version ?? file.version,
      format: file.model.format,
      path: file.path,
      model: file.model,
      hasTable: {
        public: file.model.tables.some((table) => table.kind === 'public'),
        internal: file.model.tables.some((table) => table.kind === 'internal'),
      },
      hasEvents: hasEventTable(file),
    };
  });
}

/**
 * The default reference: the newest source by version among those holding the public table (a catalog or the reST
 * source only has the internal one, so it would make every public event look extra). Sources without a version count
 * as oldest; among equals the first one picked wins, so the choice is stable while the user adds sources.
 */
export function newestSource(sources: readonly CompareSource[]): CompareSource | null {
  const withPublic = sources.filter((source) => source.hasTable.public);
  let newest: CompareSource | null = null;
  for (const source of withPublic.length > 0 ? withPublic : sources) {
    if (newest === null || isNewer(source, newest)) newest = source;
  }
  return newest;
}

function isNewer(candidate: CompareSource, current: CompareSource): boolean {
  if (!candidate.version) return false;
  if (!current.version) return true;
  return compareVersions(candidate.version.value, current.version.value) > 0;
}
