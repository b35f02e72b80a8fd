import type { SourceFile } from '../../electron/shared/library-types';
import type { Split } from '../state/split';
import type { CompareChoice } from '../state/compareInUrl';

/** A view's CSV export of exactly what it shows (null when it shows nothing to export). */
export interface ViewExport {
  suggestedName: string;
  header: string[];
  rows: string[][];
}

/** The contract between the app shell (renderer/App.tsx) and the compare view (renderer/compare/CompareView.tsx). */
export interface CompareViewProps {
  /** Every loaded file; the view lets the user pick two or more of those with a model. */
  files: readonly SourceFile[];
  /** The app-wide search box text (matches event names and arguments, case-insensitive). */
  query: string;
  /** The app-wide Public / Internal / All tab. */
  split: Split;
  /** The view hands the app a function that returns what it shows, for Export CSV (menu, Ctrl/Cmd+E, button). */
  registerExport(getExport: (() => ViewExport | null) | null): void;
  /** Open a reference link (allow-listed by the host). */
  openLink(url: string): void;
  /** Where the app wants the source picker (its sidebar); absent or null: the view shows it above its content. */
  pickerHost?: HTMLElement | null;
  /**
   * The picked files and the reference, held by the app (view state, URL) so they outlive the view; absent: the view
   * keeps them itself, for as long as it is mounted.
   */
  choice?: CompareChoice;
  onChoiceChange?(update: (choice: CompareChoice) => CompareChoice): void;
}
