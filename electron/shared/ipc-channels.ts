/**
 * Every IPC channel, named once. Request/response channels (ipcRenderer.invoke / ipcMain.handle)
 * and one-way channels from main to renderer (webContents.send / ipcRenderer.on) are kept apart,
 * each as a type map, so main, preload and renderer agree at compile time.
 */
import type { AppCommand, FolderListing, HostInfo, SaveResult } from './api.js';
import type { ExportFileKind } from './export-files.js';
import type { LibraryChange, LibrarySnapshot } from './library-types.js';

export interface RequestChannels {
  'app:host-info': { args: []; result: HostInfo };
  'library:get-snapshot': { args: []; result: LibrarySnapshot };
  'library:open-paths': { args: [paths: string[]]; result: LibrarySnapshot };
  'library:open-dialog': { args: [kind: 'folder' | 'file']; result: LibrarySnapshot | null };
  'library:open-samples': { args: []; result: LibrarySnapshot };
  'library:reload': { args: []; result: LibrarySnapshot };
  'export:save-csv': { args: [suggestedName: string, csv: string]; result: SaveResult };
  'export:save-file': { args: [suggestedName: string, text: string, kind: ExportFileKind]; result: SaveResult };
  'shell:open-external': { args: [url: string]; result: boolean };
  'library:resolve-local-ref': { args: [fileId: string, target: string]; result: string | null };
  'library:list-folder': { args: [path: string | null]; result: FolderListing };
}

export interface EventChannels {
  'library:changed': LibraryChange;
  'app:command': AppCommand;
}

export type RequestChannel = keyof RequestChannels;
export type EventChannel = keyof EventChannels;

export const REQUEST_CHANNELS = [
  'app:host-info',
  'library:get-snapshot',
  'library:open-paths',
  'library:open-dialog',
  'library:open-samples',
  'library:reload',
  'export:save-csv',
  'export:save-file',
  'shell:open-external',
  'library:resolve-local-ref',
  'library:list-folder',
] as const satisfies readonly RequestChannel[];

export const EVENT_CHANNELS = ['library:changed', 'app:command'] as const satisfies readonly EventChannel[];
