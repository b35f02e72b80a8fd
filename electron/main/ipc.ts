/**
 * The main-process side of every IPC request channel: one handler per channel, behind a dispatcher that
 * checks the sender and validates the arguments before any handler runs. Handlers get their Electron
 * pieces (dialogs, shell, the file write) injected, so tests drive them with a real library and no Electron.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { classifyLink, hasLocalLinkExtension } from '../shared/web-policy.js';
import { InvalidInputError, parseRequestArgs } from './ipc-schemas.js';
import { resolveLocalRef } from './local-refs.js';
import { listFolder } from './folder-listing.js';

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

/** "audit events" → "audit events.csv"; a name already ending in .csv is kept. */
export function csvFileName(suggestedName: string): string {
  return /\.csv$/i.test(suggestedName) ? suggestedName : `${suggestedName}.csv`;
}

function requireAbsolute(paths: readonly string[]): string[] {
  const relative = paths.find((p) => !path.isAbsolute(p));
  if (relative !== undefined) throw new InvalidInputError('invalid arguments for library:open-paths: paths must be absolute');
  return [...paths];
}

/** The file a file: link points at, when it is a documentation file inside an open root; else null. */
export async function localLinkTarget(fileUrl: string, library: DocLibrary): Promise<string | null> {
  let filePath: string;
  try {
    filePath = fileURLToPath(fileUrl);
  } catch {
    return null;
  }
  if (!hasLocalLinkExtension(filePath) || !library.contains(filePath)) return null;
  try {
    return (await fs.stat(filePath)).isFile() ? filePath : null;
  } catch {
    return null;
  }
}

export function createIpcHandlers(deps: IpcDeps): IpcHandlers {
  const { library } = deps;
  const whenReady = async (): Promise<void> => {
    await deps.ready.catch(() => undefined);
  };
  return {
    'app:host-info': async () => deps.hostInfo,
    'library:get-snapshot': async () => {
      await whenReady();
      return library.snapshot();
    },
    'library:open-paths': async (paths) => {
      const absolute = requireAbsolute(paths);
      await whenReady();
      return library.open(absolute);
    },
    'library:open-dialog': async (kind) => {
      const picked = await deps.chooseOpenPaths(kind);
      if (picked === null || picked.length === 0) return null;
      await whenReady();
      return library.open(picked);
    },
    'library:open-samples': async () => {
      await whenReady();
      return library.openSamples();
    },
    'library:reload': async () => {
      await whenReady();
      return library.reload();
    },
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
      if ((await localLinkTarget(link.url, library)) === null) return false;
      await deps.openLocalFile(link.url);
      return true;
    },
    'library:resolve-local-ref': async (fileId, target) => {
      await whenReady();
      return resolveLocalRef(library, fileId, target);
    },
    'library:list-folder': async (folder) => {
      if (folder !== null) requireAbsolute([folder]);
      return listFolder(folder, { home: deps.home, roots: library.snapshot().roots });
    },
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
