// Test-only: a DocTableApi holding real files parsed by the real parser, in memory — what a host holds, without
// disk watching or HTTP — plus records of what the app asked the host to do. Changes are pushed the way the
// library pushes them (added / changed / removed, or a reset when another folder is opened). Like the library, a
// text the parser refuses is skipped (snapshot.skipped) unless it was shown before.
// A test can hold opens (holdOpens) and push load progress meanwhile (progress), as a big folder's load does.
import { basename, posix } from 'node:path';
import { NotADocTableError } from '../../electron/core/model';
import { parseDocTable } from '../../electron/core/parse';
import type { AppCommand, DocTableApi, FolderListing, HostInfo } from '../../electron/shared/api';
import type { LibraryChange, LibrarySnapshot, LoadProgress, SkippedFile, SourceFile } from '../../electron/shared/library-types';
import { isRelativeTarget, splitTarget } from '../../electron/shared/ref-target';
import { fileUrl, normalizePath } from '../links/references';
import { errorMessage } from '../../electron/shared/error-message';
import { exportFileName, type ExportFileKind } from '../../electron/shared/export-files';

/** Relative path → text of each file in a folder. */
export type Folder = Record<string, string>;

export interface MemoryHost {
  api: DocTableApi;
  snapshot(): LibrarySnapshot;
  /** Saved exports: `csv` holds the text of any kind (JSON, Python) saved with saveFile. */
  saved: { name: string; csv: string; kind?: ExportFileKind }[];
  opened: string[];
  /** Sends a menu command, as the Electron menu would. */
  command(command: AppCommand): void;
  /** Adds or replaces a file of the open folder (parsed again) and pushes the change. */
  write(relPath: string, text: string): void;
  remove(relPath: string): void;
  /** Pushes a load's progress (null: the load ended), as the library does while it reads a folder. */
  progress(loading: LoadProgress | null): void;
  /** Opens and reloads wait until the returned function is called (a slow load, to watch its progress). */
  holdOpens(): () => void;
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
  return examineText(root, rootIndex, relPath, text).file;
}

/** The file as shown, and the parser's refusal when the text is not the page (the library skips it then). */
function examineText(root: string, rootIndex: number, relPath: string, text: string): { file: SourceFile; refusal: string | null } {
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
    const file: SourceFile = {
      ...base,
      status,
      message: (errors[0] ?? warnings[0])?.message ?? null,
      format: model.format,
      encoding: 'utf-8',
      locale: model.locale,
      version: model.version,
      title: model.title,
      model,
    };
    return { file, refusal: null };
  } catch (error) {
    const file: SourceFile = {
      ...base,
      status: 'error',
      message: errorMessage(error),
      format: null,
      encoding: null,
      locale: null,
      version: null,
      title: null,
      model: null,
    };
    return { file, refusal: error instanceof NotADocTableError ? error.message : null };
  }
}

function skippedFile(root: string, relPath: string, detail: string): SkippedFile {
  return { id: `0:${relPath}`, path: `${root}/${relPath}`, relPath, reason: 'not-audit-page', detail };
}

function skippedSummary(files: SkippedFile[]): LibrarySnapshot['skipped'] {
  const sorted = [...files].sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0));
  return { count: sorted.length, reasons: sorted.length > 0 ? { 'not-audit-page': sorted.length } : {}, files: sorted };
}

export function createMemoryHost(root: string, folder: Folder, options: HostOptions = {}): MemoryHost {
  const folders: Record<string, Folder> = { ...options.folders, [root]: folder };
  let snapshot = folderSnapshot(1, root, folder);
  const changeListeners = new Set<(change: LibraryChange) => void>();
  const commandListeners = new Set<(command: AppCommand) => void>();
  const saved: MemoryHost['saved'] = [];
  const opened: string[] = [];
  const host: HostInfo = { kind: 'browser', appVersion: 'test', platform: process.platform, nativeDialogs: options.nativeDialogs ?? false };

  let held: Promise<void> | null = null;

  function folderSnapshot(revision: number, path: string, files: Folder): LibrarySnapshot {
    const shown: SourceFile[] = [];
    const skipped: SkippedFile[] = [];
    for (const [relPath, text] of Object.entries(files)) {
      const { file, refusal } = examineText(path, 0, relPath, text);
      if (refusal === null) shown.push(file);
      else skipped.push(skippedFile(path, relPath, refusal));
    }
    return { revision, roots: [path], samples: false, files: shown, problems: [], skipped: skippedSummary(skipped), loading: null };
  }

  function publish(change: Omit<LibraryChange, 'revision'>): void {
    const revision = snapshot.revision + 1;
    const removed = new Set(change.removed);
    const changed = new Map(change.changed.map((file) => [file.id, file]));
    snapshot = change.reset ?? {
      ...snapshot,
      revision,
      files: [...snapshot.files.filter((file) => !removed.has(file.id)).map((file) => changed.get(file.id) ?? file), ...change.added],
      ...(change.skipped !== undefined && { skipped: change.skipped }),
      ...(change.loading !== undefined && { loading: change.loading }),
    };
    const full: LibraryChange = { ...change, revision: snapshot.revision };
    changeListeners.forEach((listener) => listener(full));
  }

  async function open(path: string): Promise<LibrarySnapshot> {
    await held;
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
    saveFile: async (name, text, kind) => {
      saved.push({ name: exportFileName(name, kind), csv: text, kind });
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
      const { file, refusal } = examineText(rootPath, 0, relPath, text);
      const exists = snapshot.files.some((candidate) => candidate.id === file.id);
      const others = snapshot.skipped.files.filter((entry) => entry.id !== file.id);
      if (!exists && refusal !== null) {
        publish({ added: [], changed: [], removed: [], skipped: skippedSummary([...others, skippedFile(rootPath, relPath, refusal)]) });
        return;
      }
      const wasSkipped = others.length !== snapshot.skipped.files.length;
      publish({
        added: exists ? [] : [file],
        changed: exists ? [file] : [],
        removed: [],
        ...(wasSkipped && { skipped: skippedSummary(others) }),
      });
    },
    progress(loading) {
      publish({ added: [], changed: [], removed: [], loading });
    },
    holdOpens() {
      let release = () => {};
      held = new Promise((resolve) => {
        release = () => {
          held = null;
          resolve();
        };
      });
      return release;
    },
    remove(relPath) {
      publish({ added: [], changed: [], removed: [`0:${relPath}`] });
    },
  };
}
