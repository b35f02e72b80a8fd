/**
 * The Electron transport of the API: one handler per IPC request channel, behind a dispatcher that checks the
 * sender and validates the arguments (electron/api/schemas.ts) before any handler runs. What a request does to the
 * library is electron/api/library-api.ts, shared with the HTTP host; only the Electron pieces (dialogs, shell, the
 * file write) live here, injected so tests drive the handlers with a real library and no Electron.
 */
import fs from 'node:fs/promises';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { HostInfo } from '../shared/api.js';
import {
  REQUEST_CHANNELS,
  type EventChannel,
  type EventChannels,
  type RequestChannel,
  type RequestChannels,
} from '../shared/ipc-channels.js';
import type { DocLibrary } from '../library/contract.js';
import { exportFileName, type ExportFileKind } from '../shared/export-files.js';
import { classifyLink } from '../shared/web-policy.js';
import { createLibraryApi, csvFileName, localLinkTarget } from '../api/library-api.js';
import { parseRequestArgs } from '../api/schemas.js';

// Where they were defined before the host-neutral API existed (tests and other modules import them from here).
export { csvFileName, localLinkTarget };

export interface IpcDeps {
  library: DocLibrary;
  /** Settles once the first open (command line, last folder or samples) is done; requests wait for it. */
  ready: Promise<unknown>;
  hostInfo: HostInfo;
  /** The native open dialog: absolute paths picked, or null when cancelled. */
  chooseOpenPaths(kind: 'folder' | 'file'): Promise<string[] | null>;
  /** The native save dialog: the path chosen, or null when cancelled. */
  chooseSavePath(suggestedName: string, kind?: ExportFileKind): Promise<string | null>;
  /** Hands an allow-listed https URL to the system browser. */
  openWebUrl(url: string): Promise<void>;
  /** Hands a file: URL (already checked to lie inside an open root) to the system. */
  openLocalFile(fileUrl: string): Promise<void>;
  /** The user's home: the folder browser lists below it and below the opened roots. */
  home: string;
}

type Handler<C extends RequestChannel> = (...args: RequestChannels[C]['args']) => Promise<RequestChannels[C]['result']>;
export type IpcHandlers = { [C in RequestChannel]: Handler<C> };

export class UntrustedSenderError extends Error {
  constructor(channel: string) {
    super(`refused ${channel}: the sender is not the app's page`);
    this.name = 'UntrustedSenderError';
  }
}

export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  const api = createLibraryApi({ library: deps.library, ready: deps.ready });
  return {
    'app:host-info': async () => deps.hostInfo,
    'library:get-snapshot': () => api.snapshot(),
    'library:open-paths': (paths) => api.open(paths),
    'library:open-dialog': async (kind) => {
      const picked = await deps.chooseOpenPaths(kind);
      if (picked === null || picked.length === 0) return null;
      return api.open(picked);
    },
    'library:open-samples': () => api.openSamples(),
    'library:reload': () => api.reload(),
    'export:save-csv': async (suggestedName, csv) => {
      const target = await deps.chooseSavePath(csvFileName(suggestedName));
      if (target === null) return { saved: false, path: null };
      await fs.writeFile(target, csv, 'utf8');
      return { saved: true, path: target };
    },
    'export:save-file': async (suggestedName, text, kind) => {
      const target = await deps.chooseSavePath(exportFileName(suggestedName, kind), kind);
      if (target === null) return { saved: false, path: null };
      await fs.writeFile(target, text, 'utf8');
      return { saved: true, path: target };
    },
    'shell:open-external': async (url) => {
      const link = classifyLink(url);
      if (link === null) return false;
      if (link.kind === 'web') {
        await deps.openWebUrl(link.url);
        return true;
      }
      if ((await api.localLinkTarget(link.url)) === null) return false;
      await deps.openLocalFile(link.url);
      return true;
    },
    'library:resolve-local-ref': (fileId, target) => api.resolveLocalRef(fileId, target),
    'library:list-folder': (folder) => api.listFolder(folder, deps.home),
  };
}

export type IpcDispatch = <C extends RequestChannel>(
  channel: C,
  senderUrl: string | null,
  args: unknown,
) => Promise<RequestChannels[C]['result']>;

/** Sender check, then argument validation, then the handler: nothing untrusted reaches a handler. */
export function createIpcDispatcher(handlers: IpcHandlers, isTrustedSender: (url: string | null) => boolean): IpcDispatch {
  return async (channel, senderUrl, args) => {
    if (!isTrustedSender(senderUrl)) throw new UntrustedSenderError(channel);
    const parsed = parseRequestArgs(channel, args);
    const handler = handlers[channel] as (...a: unknown[]) => Promise<RequestChannels[typeof channel]['result']>;
    return handler(...(parsed as unknown[]));
  };
}

/** The URL of the frame that sent a message; null for subframes and frames already gone. */
export function senderUrlOf(event: IpcMainInvokeEvent): string | null {
  const frame = event.senderFrame;
  if (frame === null || frame.parent !== null) return null;
  return frame.url;
}

/** Registers every request channel on ipcMain; returns a function that removes them again. */
export function registerIpc(ipcMain: IpcMain, dispatch: IpcDispatch): () => void {
  for (const channel of REQUEST_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => dispatch(channel, senderUrlOf(event), args));
  }
  return () => {
    for (const channel of REQUEST_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** A one-way message to the renderer, typed by the event channel map. */
export function sendToRenderer<C extends EventChannel>(contents: WebContents, channel: C, payload: EventChannels[C]): void {
  if (!contents.isDestroyed()) contents.send(channel, payload);
}
