/**
 * What differs between the two hosts the scenarios run on (the browser against `doctable serve`, and the
 * Electron app): how a folder is opened, how an export arrives, where an opened link goes. Everything else the
 * scenarios do through the page, as a user would.
 */
import type { Page } from '@playwright/test';
import type { LibrarySnapshot } from '../../electron/shared/library-types.js';

export interface ExportedFile {
  /** The file name the app suggested. */
  fileName: string;
  /** The file's text, exactly as written (a BOM included). */
  text: string;
}

export interface AppDriver {
  readonly kind: 'browser' | 'electron';
  readonly page: Page;
  /** True where opening a folder asks for a typed path in the page (the browser host has no native dialog). */
  readonly typedPathDialog: boolean;
  /**
   * Opens a folder as a user of this host does: the typed-path dialog in the browser, the (stubbed) native
   * dialog in Electron; with `keyboard`, starting from Ctrl+O instead of the toolbar button.
   */
  openFolder(dir: string, options?: { keyboard?: boolean }): Promise<void>;
  /** What the host's library holds now, for expectations computed from the real parsed data. */
  snapshot(): Promise<LibrarySnapshot>;
  /** Runs `trigger` (a click, a shortcut) and returns the CSV file the app exported. */
  captureExport(trigger: () => Promise<void>): Promise<ExportedFile>;
  /** Runs `trigger` and returns the URL the app asked its host to open outside the app. */
  captureExternalOpen(trigger: () => Promise<void>): Promise<string>;
}
