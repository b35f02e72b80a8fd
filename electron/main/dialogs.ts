/**
 * Native open and save dialogs, attached to the app window (sheets on macOS).
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { EXPORT_FILE_INFO, type ExportFileKind } from '../shared/export-files.js';

/** Files the library can read; "All files" stays available since formats are detected from content. */
const DOC_FILE_FILTERS = [
  { name: 'Documentation tables', extensions: ['html', 'htm', 'txt', 'md', 'markdown', 'po', 'rst'] },
  { name: 'All files', extensions: ['*'] },
];

export async function chooseOpenPaths(window: BrowserWindow | null, kind: 'folder' | 'file'): Promise<string[] | null> {
  const options: Electron.OpenDialogOptions =
    kind === 'folder'
      ? { title: 'Open Folder', properties: ['openDirectory', 'createDirectory'] }
      : { title: 'Open File', properties: ['openFile', 'multiSelections'], filters: DOC_FILE_FILTERS };
  const result = window === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(window, options);
  return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
}

export async function chooseSavePath(
  window: BrowserWindow | null,
  suggestedName: string,
  kind: ExportFileKind = 'csv',
): Promise<string | null> {
  const { filter, extension } = EXPORT_FILE_INFO[kind];
  const options: Electron.SaveDialogOptions = {
    title: `Export ${filter}`,
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: filter, extensions: [extension] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
  return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
}
