import type { ExportFileKind } from '../../electron/shared/export-files';
import type { SourceFile } from '../../electron/shared/library-types';
import type { ViewExport } from '../compare/types';
import type { Split } from '../state/split';

/** The contract between the app shell (renderer/App.tsx) and the versions view (renderer/versions/VersionsView.tsx). */
export interface VersionsViewProps {
  /** Every loaded file: those with an event table become columns beside the bundled truth builds. */
  files: readonly SourceFile[];
  /** The app-wide search box text (event and argument names, case-insensitive). */
  query: string;
  /** The app-wide Public / Internal / All tab. */
  split: Split;
  /** Start exported CSV with a byte order mark. */
  bom: boolean;
  /** The view hands the app what Export CSV (button, menu, Ctrl/Cmd+E) saves: what the view shows. */
  registerExport(getExport: (() => ViewExport | null) | null): void;
  /** Save an export (the app reports where it went). */
  save(suggestedName: string, text: string, kind: ExportFileKind, count: number): void;
}
