/**
 * Native open and save dialogs, attached to the app window (sheets on macOS).
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

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

export async function chooseSavePath(window: BrowserWindow | null, suggestedName: string): Promise<string | null> {
  const options: Electron.SaveDialogOptions = {
    title: 'Export CSV',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const result = window === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(window, options);
  return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
}
