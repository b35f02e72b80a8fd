/**
 * The host-neutral side of the API both hosts offer the renderer (electron/shared/api.ts): what a request does to
 * the library, once, for the Electron IPC layer (electron/main/ipc.ts) and the HTTP host (electron/serve/api-routes.ts)
 * alike. The hosts are transports: they check who asks (IPC sender, HTTP token and origin), validate the input with
 * ./schemas.ts, make paths absolute by their own rules, and call these; what only one host can do (native dialogs,
 * the system shell, a download) stays with it.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FolderListing } from '../shared/api.js';
import { listFolder } from './folder-listing.js';
import type { DocLibrary } from '../library/contract.js';
import type { LibrarySnapshot } from '../shared/library-types.js';
import { hasLocalLinkExtension } from '../shared/web-policy.js';
import { resolveLocalRef } from './local-refs.js';
import { InvalidInputError } from './schemas.js';

export interface LibraryApiDeps {
  library: DocLibrary;
  /** Settles once the host's first open is done; requests wait for it (default: nothing to wait for). */
  ready?: Promise<unknown>;
}

export interface LibraryApi {
  snapshot(): Promise<LibrarySnapshot>;
  /** Opens (and watches) these absolute paths instead of what is open; InvalidInputError for a relative one. */
  open(paths: readonly string[]): Promise<LibrarySnapshot>;
  openSamples(): Promise<LibrarySnapshot>;
  reload(): Promise<LibrarySnapshot>;
  /** The file: URL a row's reference target names on this machine, or null (see local-refs.ts). */
  resolveLocalRef(fileId: string, target: string): Promise<string | null>;
  /** The file a file: link names when it is a documentation file inside an open root, else null. */
  localLinkTarget(fileUrl: string): Promise<string | null>;
  /**
   * The folders in an absolute folder (null: the places to start from) below `home` or an opened root;
   * PathRefusedError for anything else (folder-listing.ts).
   */
  listFolder(folder: string | null, home: string): Promise<FolderListing>;
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

/** "audit events" → "audit events.csv"; a name already ending in .csv is kept. */
export function csvFileName(suggestedName: string): string {
  return /\.csv$/i.test(suggestedName) ? suggestedName : `${suggestedName}.csv`;
}

export function createLibraryApi({ library, ready = Promise.resolve() }: LibraryApiDeps): LibraryApi {
  const whenReady = async (): Promise<void> => {
    await ready.catch(() => undefined);
  };
  return {
    snapshot: async () => {
      await whenReady();
      return library.snapshot();
    },
    open: async (paths) => {
      const absolute = requireAbsolute(paths);
      await whenReady();
      return library.open(absolute);
    },
    openSamples: async () => {
      await whenReady();
      return library.openSamples();
    },
    reload: async () => {
      await whenReady();
      return library.reload();
    },
    resolveLocalRef: async (fileId, target) => {
      await whenReady();
      return resolveLocalRef(library, fileId, target);
    },
    localLinkTarget: (fileUrl) => localLinkTarget(fileUrl, library),
    listFolder: async (folder, home) => {
      if (folder !== null) requireAbsolute([folder]);
      return listFolder(folder, { home, roots: library.snapshot().roots });
    },
  };
}
