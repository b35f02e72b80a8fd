// Test-only: a DocTableApi holding real files parsed by the real parser, in memory — what a host holds, without
// disk watching or HTTP — plus records of what the app asked the host to do. Changes are pushed the way the
// library pushes them (added / changed / removed, or a reset when another folder is opened).
import { basename, posix } from 'node:path';
import { parseDocTable } from '../../electron/core/parse';
import type { AppCommand, DocTableApi, FolderListing, HostInfo } from '../../electron/shared/api';
import type { LibraryChange, LibrarySnapshot, SourceFile } from '../../electron/shared/library-types';
import { isRelativeTarget, splitTarget } from '../../electron/shared/ref-target';
import { fileUrl, normalizePath } from '../links/references';
import { errorMessage } from '../../electron/shared/error-message';

/** Relative path → text of each file in a folder. */
export type Folder = Record<string, string>;

export interface MemoryHost {
  api: DocTableApi;
  snapshot(): LibrarySnapshot;
  saved: { name: string; csv: string }[];
  opened: string[];
  /** Sends a menu command, as the Electron menu would. */
  command(command: AppCommand): void;
  /** Adds or replaces a file of the open folder (parsed again) and pushes the change. */
  write(relPath: string, text: string): void;
  remove(relPath: string): void;
}

export interface HostOptions {
  /** Folders the user can open by path (openPaths), besides the one open at the start. */
  folders?: Record<string, Folder>;
  nativeDialogs?: boolean;
  /** Other pages in the open folder besides the doc tables ("os.html"), paths relative to it: what resolveLocalRef finds. */
  pages?: readonly string[];
  /** The user's home: the folder browser lists below it and below the open folder (default /home/user). */
  home?: string;
}

/** The SourceFile a host would publish for a file's text (status and message from the parse's diagnostics). */
export function sourceFile(root: string, rootIndex: number, relPath: string, text: string): SourceFile {
  const path = `${root}/${relPath}`;
  const base = {
    id: `${rootIndex}:${relPath}`,
    path,
    relPath,
    name: basename(relPath),
    size: Buffer.byteLength(text),
    mtimeMs: 0,
    origin: null,
  };
  try {
    const model = parseDocTable(text, { path });
    const errors = model.diagnostics.filter((d) => d.severity === 'error');
    const warnings = model.diagnostics.filter((d) => d.severity === 'warning');
    const status = errors.length ? 'error' : warnings.length ? 'warning' : 'ok';
    return {
      ...base,
      status,
      message: (errors[0] ?? warnings[0])?.message ?? null,
      format: model.format,
      locale: model.locale,
      version: model.version,
      title: model.title,
      model,
    };
  } catch (error) {
    return {
      ...base,
      status: 'error',
      message: errorMessage(error),
      format: null,
      locale: null,
      version: null,
      title: null,
      model: null,
    };
  }
}

export function createMemoryHost(root: string, folder: Folder, options: HostOptions = {}): MemoryHost {
  const folders: Record<string, Folder> = { ...options.folders, [root]: folder };
  let snapshot = folderSnapshot(1, root, folder);
  const changeListeners = new Set<(change: LibraryChange) => void>();
  const commandListeners = new Set<(command: AppCommand) => void>();
  const saved: MemoryHost['saved'] = [];
  const opened: string[] = [];
  const host: HostInfo = { kind: 'browser', appVersion: 'test', platform: process.platform, nativeDialogs: options.nativeDialogs ?? false };

  function folderSnapshot(revision: number, path: string, files: Folder): LibrarySnapshot {
    return {
      revision,
      roots: [path],
      samples: false,
      files: Object.entries(files).map(([relPath, text]) => sourceFile(path, 0, relPath, text)),
      problems: [],
    };
  }

  function publish(change: Omit<LibraryChange, 'revision'>): void {
    const revision = snapshot.revision + 1;
    const removed = new Set(change.removed);
    const changed = new Map(change.changed.map((file) => [file.id, file]));
    snapshot = change.reset ?? {
      ...snapshot,
      revision,
      files: [...snapshot.files.filter((file) => !removed.has(file.id)).map((file) => changed.get(file.id) ?? file), ...change.added],
    };
    const full: LibraryChange = { ...change, revision: snapshot.revision };
    changeListeners.forEach((listener) => listener(full));
  }

  function open(path: string): LibrarySnapshot {
    // As the desktop host's IPC validation does.
    if (!path.startsWith('/')) throw new Error('invalid arguments for library:open-paths: paths must be absolute');
    const files = folders[path];
    // As the library does: a folder that is not there yet is watched until it appears.
    const reset = files
      ? folderSnapshot(snapshot.revision + 1, path, files)
      : { ...folderSnapshot(snapshot.revision + 1, path, {}), problems: [`Not found: ${path} (watching for it to appear)`] };
    publish({ added: [], changed: [], removed: [], reset });
    return snapshot;
  }

  /** What a host answers for a reference target: the page beside the file, when the folder holds it. */
  function resolveLocalRef(fileId: string, target: string): string | null {
    const file = snapshot.files.find((candidate) => candidate.id === fileId);
    if (!file || !isRelativeTarget(target)) return null;
    const { page, fragment } = splitTarget(target.trim());
    const openRoot = snapshot.roots[0] ?? root;
    const wanted = page === '' ? file.path : normalizePath(`${file.path.slice(0, file.path.lastIndexOf('/') + 1)}${page}`);
    const present = [...snapshot.files.map((candidate) => candidate.path), ...(options.pages ?? []).map((rel) => `${openRoot}/${rel}`)];
    return present.map(normalizePath).includes(wanted) ? fileUrl(wanted, fragment) : null;
  }

  const home = options.home ?? '/home/user';
  const inside = (child: string, parent: string) => child === parent || child.startsWith(`${parent.replace(/\/$/, '')}/`);

  /** Folders a real disk would hold: every folder the host knows, its ancestors, and the folders inside it. */
  function knownFolders(): Set<string> {
    const known = new Set<string>();
    const addWithAncestors = (path: string) => {
      for (let at = path; !known.has(at); at = posix.dirname(at)) {
        known.add(at);
        if (posix.dirname(at) === at) break;
      }
    };
    addWithAncestors(home);
    for (const [folderPath, files] of Object.entries(folders)) {
      addWithAncestors(folderPath);
      for (const relPath of Object.keys(files)) if (relPath.includes('/')) addWithAncestors(posix.join(folderPath, posix.dirname(relPath)));
    }
    return known;
  }

  /** What a host answers: the same refusal (an error) outside home and the open folder as the real hosts. */
  function listFolder(input: string | null): FolderListing {
    const wanted = posix.resolve(input ?? home);
    const bases = [home, ...snapshot.roots];
    if (!bases.some((base) => inside(wanted, base))) throw new Error(`${wanted} is outside the folders this host may list`);
    const places = [{ label: 'Home', path: home }, ...snapshot.roots.map((rootPath) => ({ label: `Open: ${basename(rootPath)}`, path: rootPath }))];
    const known = knownFolders();
    if (!known.has(wanted)) {
      const isFile = Object.entries(folders).some(([folderPath, files]) => Object.keys(files).some((rel) => posix.join(folderPath, rel) === wanted));
      return { status: isFile ? 'file' : 'missing', path: wanted, places };
    }
    const children = [...known].filter((candidate) => candidate !== wanted && posix.dirname(candidate) === wanted).sort();
    const parent = posix.dirname(wanted);
    return {
      status: 'folder',
      path: wanted,
      parent: parent !== wanted && bases.some((base) => inside(parent, base)) ? parent : null,
      folders: children.map((child) => ({ name: basename(child), path: child })),
      truncated: false,
      places,
    };
  }

  const api: DocTableApi = {
    hostInfo: async () => host,
    getSnapshot: async () => snapshot,
    openPaths: async (paths) => open(paths[0] ?? root),
    openDialog: async () => null,
    openSamples: async () => open(root),
    reload: async () => open(snapshot.roots[0] ?? root),
    saveCsv: async (name, csv) => {
      saved.push({ name, csv });
      return { saved: true, path: null };
    },
    openExternal: async (url) => {
      opened.push(url);
      return true;
    },
    resolveLocalRef: async (fileId, target) => resolveLocalRef(fileId, target),
    listFolder: async (path) => listFolder(path),
    onChange: (listener) => {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
    onCommand: (listener) => {
      commandListeners.add(listener);
      return () => commandListeners.delete(listener);
    },
  };

  return {
    api,
    snapshot: () => snapshot,
    saved,
    opened,
    command: (command) => commandListeners.forEach((listener) => listener(command)),
    write(relPath, text) {
      const rootPath = snapshot.roots[0] ?? root;
      const file = sourceFile(rootPath, 0, relPath, text);
      const exists = snapshot.files.some((candidate) => candidate.id === file.id);
      publish({ added: exists ? [] : [file], changed: exists ? [file] : [], removed: [] });
    },
    remove(relPath) {
      publish({ added: [], changed: [], removed: [`0:${relPath}`] });
    },
  };
}
