/**
 * The one API the renderer talks to. Two adapters implement it: the Electron preload bridge
 * (renderer/api/preload-adapter.ts over IPC) and the browser host (renderer/api/http-adapter.ts over HTTP + SSE).
 */
import type { ExportFileKind } from './export-files.js';
import type { LibraryChange, LibrarySnapshot } from './library-types.js';

/** Commands the host may push to the renderer (menus, accelerators handled natively). */
export type AppCommand =
  | 'open-folder'
  | 'open-file'
  | 'reload'
  | 'export-csv'
  | 'view-table'
  | 'view-compare'
  | 'view-versions'
  | 'tab-public'
  | 'tab-internal'
  | 'tab-all'
  | 'focus-search'
  | 'show-shortcuts'
  | 'show-about';

export const APP_COMMANDS: readonly AppCommand[] = [
  'open-folder',
  'open-file',
  'reload',
  'export-csv',
  'view-table',
  'view-compare',
  'view-versions',
  'tab-public',
  'tab-internal',
  'tab-all',
  'focus-search',
  'show-shortcuts',
  'show-about',
];

export interface HostInfo {
  kind: 'electron' | 'browser';
  appVersion: string;
  platform: string;
  /** Whether the host can show native open dialogs (Electron) or needs a typed path (browser). */
  nativeDialogs: boolean;
}

/** A folder the folder browser offers to go to: the user's home, and each folder already open. */
export interface FolderPlace {
  label: string;
  path: string;
}

/**
 * What the host answers for a path typed or browsed to in the open-folder dialog. A path outside what it may
 * list (the user's home and the opened roots) is refused instead (HTTP 403; an error over IPC).
 */
export type FolderListing =
  | {
      status: 'folder';
      path: string;
      /** The folder above, when the host may list it. */
      parent: string | null;
      /** Sub-folders (hidden ones left out), sorted by name. */
      folders: { name: string; path: string }[];
      /** True when there were more than the host lists at once. */
      truncated: boolean;
      places: FolderPlace[];
    }
  | { status: 'missing' | 'file'; path: string; places: FolderPlace[] };

export interface SaveResult {
  saved: boolean;
  /** Where it went (Electron), or null when the browser downloaded it / the user cancelled. */
  path: string | null;
}

/** What getSnapshot() may be given. */
export interface SnapshotOptions {
  /**
   * Called (at most a few times, before the promise settles) with a partial snapshot while the rest is still on
   * its way: the same revision, the files that have come so far, and `loading` saying how many of how many. The
   * snapshot the promise gives replaces it. An adapter that gets the snapshot in one piece (Electron's IPC)
   * never calls it.
   */
  onPartial?(partial: LibrarySnapshot): void;
}

export interface DocTableApi {
  hostInfo(): Promise<HostInfo>;
  getSnapshot(options?: SnapshotOptions): Promise<LibrarySnapshot>;
  /** Open folders/files by path (browser host: typed in; Electron: dropped or from the command line). */
  openPaths(paths: string[]): Promise<LibrarySnapshot>;
  /** Show the native dialog and open what the user picks; null when cancelled or not supported. */
  openDialog(kind: 'folder' | 'file'): Promise<LibrarySnapshot | null>;
  /** Back to the bundled sample tables. */
  openSamples(): Promise<LibrarySnapshot>;
  reload(): Promise<LibrarySnapshot>;
  /** Save CSV text: Electron shows a save dialog; the browser adapter downloads a Blob. */
  saveCsv(suggestedName: string, csv: string): Promise<SaveResult>;
  /** Save an export of another kind (JSON, a Python module) the same way; the name gets the kind's extension. */
  saveFile(suggestedName: string, text: string, kind: ExportFileKind): Promise<SaveResult>;
  /** Open an allow-listed link (docs.python.org, or a file inside an open root) outside the app. */
  openExternal(url: string): Promise<boolean>;
  /**
   * The file: URL of the page a reference target of the file `fileId` names ("os.html#os.system", relative to that
   * file), when that page exists beside it inside an open root; null otherwise (the renderer then links to
   * docs.python.org). The library lists only doc-table files, so only the host can tell.
   */
  resolveLocalRef(fileId: string, target: string): Promise<string | null>;
  /** The open-folder dialog's browser and completion: a folder's sub-folders (null: the user's home). */
  listFolder(path: string | null): Promise<FolderListing>;
  onChange(listener: (change: LibraryChange) => void): () => void;
  onCommand(listener: (command: AppCommand) => void): () => void;
  /**
   * Electron only: absolute paths of files/folders dropped on the window (webUtils.getPathForFile), to pass
   * to openPaths. Absent in the browser, which never learns where a dropped file lives.
   */
  pathsForFiles?(files: readonly File[]): string[];
}

/** What the Electron preload exposes to the page as `window.doctable`. */
export type DesktopBridge = DocTableApi & { pathsForFiles(files: readonly File[]): string[] };
