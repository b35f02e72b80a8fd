/**
 * The sandboxed preload: exposes `window.doctable`, the one typed bridge to the main process.
 * Bundled to CommonJS requiring only `electron` (the sandbox allows nothing else). It passes no
 * ipcRenderer or Node object to the page: only functions taking and returning plain data.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { AppCommand, DesktopBridge } from '../shared/api.js';
import type { EventChannel, EventChannels, RequestChannel, RequestChannels } from '../shared/ipc-channels.js';

function invoke<C extends RequestChannel>(channel: C, ...args: RequestChannels[C]['args']): Promise<RequestChannels[C]['result']> {
  return ipcRenderer.invoke(channel, ...args) as Promise<RequestChannels[C]['result']>;
}

function listen<C extends EventChannel>(channel: C, listener: (payload: EventChannels[C]) => void): () => void {
  // The page never sees the IPC event object (it carries `sender`, an ipcRenderer handle).
  const forward = (_event: Electron.IpcRendererEvent, payload: EventChannels[C]): void => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

const bridge: DesktopBridge = {
  hostInfo: () => invoke('app:host-info'),
  getSnapshot: () => invoke('library:get-snapshot'),
  openPaths: (paths) => invoke('library:open-paths', paths),
  openDialog: (kind) => invoke('library:open-dialog', kind),
  openSamples: () => invoke('library:open-samples'),
  reload: () => invoke('library:reload'),
  saveCsv: (suggestedName, csv) => invoke('export:save-csv', suggestedName, csv),
  saveFile: (suggestedName, text, kind) => invoke('export:save-file', suggestedName, text, kind),
  openExternal: (url) => invoke('shell:open-external', url),
  resolveLocalRef: (fileId, target) => invoke('library:resolve-local-ref', fileId, target),
  listFolder: (folder) => invoke('library:list-folder', folder),
  onChange: (listener) => listen('library:changed', listener),
  onCommand: (listener: (command: AppCommand) => void) => listen('app:command', listener),
  pathsForFiles: (files) => files.map((file) => webUtils.getPathForFile(file)).filter((p) => p !== ''),
};

contextBridge.exposeInMainWorld('doctable', bridge);
