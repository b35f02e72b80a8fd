/**
 * One opened root (a folder, watched recursively, or a single file): its first scan, its live events, and its
 * disappearance and return. chokidar stops watching a folder that is deleted and never notices it coming back,
 * so a missing root is polled (fs.watchFile, which works on paths that do not exist) until it is there again.
 */
import fs, { type Stats } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { hasSupportedExtension, isSkippedEntryName } from './supported.js';
import { isDirectoryCycle } from './symlink-loop.js';
import { isArchivePath } from './archive/archive-paths.js';

export type RootState = 'idle' | 'watching' | 'missing' | 'closed';

export interface RootWatchListener {
  /** Something happened at this path: a file was added, written or removed, or a folder was removed. */
  onPath(path: string): void;
  /** The root itself is gone; state is 'missing' and it is being polled for. */
  onLost(): void;
  /** A missing root exists again: call start() to scan and watch it. */
  onBack(): void;
  /** The folders below the root that cannot be read changed (see `problems`). */
  onProblems(): void;
}

/** A file name the library reads: a supported page format or an archive of pages. */
function couldBeShown(filePath: string): boolean {
  return hasSupportedExtension(filePath) || isArchivePath(filePath);
}

/** Far deeper than any docs tree; only a backstop should a cycle slip past the guard. */
const MAX_DEPTH = 48;

export class RootWatch {
  private stateValue: RootState = 'idle';
  private problemValue: string | null = null;
  private isFolder = true;
  private watcher: FSWatcher | null = null;
  private pollingForRoot = false;
  private finishScan: (() => void) | null = null;
  /** Files whose read failed, polled by path (see pollFile). */
  private readonly filePolls = new Map<string, () => void>();
  /** Folders below the root that may not be entered (EACCES), polled until they may (see lockFolder). */
  private readonly lockedFolders = new Map<string, (current: Stats) => void>();

  constructor(
    readonly index: number,
    readonly path: string,
    private readonly listener: RootWatchListener,
    private readonly pollIntervalMs: number,
  ) {}

  get state(): RootState {
    return this.stateValue;
  }

  /** True when the root is a single file rather than a folder (as last seen on disk). */
  get isFile(): boolean {
    return !this.isFolder;
  }

  /** What is wrong with the root itself, or null while it is watched normally. */
  get problem(): string | null {
    return this.problemValue;
  }

  /** The root's problem, then one per folder below it whose files cannot be listed. */
  get problems(): string[] {
    const locked = [...this.lockedFolders.keys()]
      .sort()
      .map((folder) => `Permission denied: ${folder} (its files are not shown; watching for it to change)`);
    return this.problemValue === null ? locked : [this.problemValue, ...locked];
  }

  /** Display path of a file below this root: forward slashes, or the base name when the root is that file. */
  relPathOf(filePath: string): string {
    if (!this.isFolder || filePath === this.path) return path.basename(filePath);
    return path.relative(this.path, filePath).split(path.sep).join('/');
  }

  /** Scans and watches the root. Resolves with the candidate files found, [] when the root is missing. */
  async start(): Promise<string[]> {
    if (this.closed()) return [];
    this.stopPolling();
    await this.stopWatcher();
    let stats: Stats;
    try {
      stats = await stat(this.path);
    } catch (error) {
      if (!this.closed()) this.becomeMissing(describeUnreachable(this.path, error));
      return [];
    }
    // close() may have been called while the stat was in flight.
    if (this.closed()) return [];
    if (!stats.isDirectory() && !stats.isFile()) {
      // Poll for a change only: checking at once would find the same FIFO "back" again and again.
      this.becomeMissing(`Not a file or folder: ${this.path} (watching for it to change)`, false);
      return [];
    }
    this.isFolder = stats.isDirectory();
    // chokidar lists an unreadable folder as empty, and never looks again: say so, and poll it for a chmod.
    if (this.isFolder && !(await canEnter(this.path))) {
      if (!this.closed()) this.becomeMissing(`Permission denied: ${this.path} (watching for it to change)`, false);
      return [];
    }
    if (this.closed()) return [];
    this.problemValue = null;
    this.stateValue = 'watching';
    return this.watchAndScan();
  }

  /** Checks that the root is still there (a folder renamed away may only show as its files vanishing). */
  async confirmPresent(): Promise<boolean> {
    if (this.stateValue !== 'watching') return this.stateValue !== 'missing';
    try {
      await stat(this.path);
      return true;
    } catch {
      await this.lose();
      return false;
    }
  }

  /**
   * Polls a file whose read failed (chmod, chown, a write all change its stats). chokidar cannot watch a file it
   * may not read and does not try again once it can, so the poll stays until the file is gone or the root closes.
   */
  pollFile(filePath: string): void {
    if (this.filePolls.has(filePath) || this.stateValue !== 'watching') return;
    const listener = () => this.listener.onPath(filePath);
    this.filePolls.set(filePath, listener);
    fs.watchFile(filePath, { interval: this.pollIntervalMs, persistent: true }, listener);
  }

  stopPollingFile(filePath: string): void {
    const listener = this.filePolls.get(filePath);
    if (!listener) return;
    this.filePolls.delete(filePath);
    fs.unwatchFile(filePath, listener);
  }

  async close(): Promise<void> {
    this.stateValue = 'closed';
    this.stopPolling();
    await this.stopWatcher();
  }

  private closed(): boolean {
    return this.stateValue === 'closed';
  }

  private watchAndScan(): Promise<string[]> {
    return new Promise((resolve) => {
      const found: string[] = [];
      let scanning = true;
      this.finishScan = () => {
        scanning = false;
        this.finishScan = null;
        resolve(found);
      };
      const watcher = watch(this.path, {
        ignoreInitial: false,
        followSymlinks: true,
        // The batcher already merges a delete and re-create of one path (we look at the disk when it flushes);
        // chokidar's own 100 ms hold-back of unlinks would only delay deletions and split renames in two.
        atomic: false,
        // Without it chokidar silently leaves out unreadable files; we want to list them with their error.
        ignorePermissionErrors: true,
        depth: MAX_DEPTH,
        ignored: (entryPath: string, stats?: Stats) => this.isIgnored(entryPath, stats),
      });
      this.watcher = watcher;
      watcher.on('add', (filePath) => (scanning ? found.push(filePath) : this.listener.onPath(filePath)));
      watcher.on('change', (filePath) => {
        if (!scanning) this.listener.onPath(filePath);
      });
      // chokidar drops a file's events for 5 ms after one it handled, with no trailing event; when the one it
      // handled changed nothing it reports (a late event for a write already read, a chmod), a write landing in
      // those 5 ms is lost and the file would show its old content for good. Its raw events are not throttled:
      // each write to a file that could be shown is passed on too (the batcher merges them with chokidar's).
      watcher.on('raw', (event, evPath, details) => {
        const watchedPath = (details as { watchedPath?: unknown } | undefined)?.watchedPath;
        if (scanning || event !== 'change' || !evPath || typeof watchedPath !== 'string') return;
        const filePath = this.rawEventPath(watchedPath, evPath);
        if (filePath !== null) this.listener.onPath(filePath);
      });
      watcher.on('unlink', (filePath) => {
        if (scanning) return;
        if (filePath === this.path) void this.lose();
        else this.listener.onPath(filePath);
      });
      watcher.on('unlinkDir', (dirPath) => {
        if (dirPath === this.path) void this.lose();
        else if (!scanning) this.listener.onPath(dirPath);
      });
      // Errors about single entries (ELOOP, EACCES on a subfolder) must not take the watch down; the files
      // concerned are reported when they are read.
      watcher.on('error', () => undefined);
      watcher.on('ready', () => this.finishScan?.());
    });
  }

  /**
   * The file a raw fs.watch event names (a folder's watcher names a child, a file's watcher the file's own name),
   * when it is one this root could show; else null.
   */
  private rawEventPath(watchedPath: string, evPath: string): string | null {
    const filePath = path.basename(watchedPath) === evPath ? watchedPath : path.join(watchedPath, evPath);
    const relative = path.relative(this.path, filePath);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
    if (isSkippedEntryName(path.basename(filePath))) return null;
    return couldBeShown(filePath) ? filePath : null;
  }

  private isIgnored(entryPath: string, stats: Stats | undefined): boolean {
    if (entryPath === this.path) return false;
    if (isSkippedEntryName(path.basename(entryPath))) return true;
    if (!stats) return false;
    if (stats.isDirectory()) {
      if (isDirectoryCycle(this.path, entryPath)) return true;
      if (canEnterSync(entryPath)) return false;
      this.lockFolder(entryPath);
      return true;
    }
    if (stats.isFile()) return !couldBeShown(entryPath);
    // FIFOs, sockets and devices are never read: opening a FIFO blocks until someone writes to it.
    return true;
  }

  /**
   * A folder below the root that may not be entered: chokidar skips it for good, so its files would be missing
   * without a word. It is listed as a problem and polled (a chmod changes its stats); once it may be entered,
   * chokidar is given it again and its files come in as additions.
   */
  private lockFolder(folder: string): void {
    if (this.lockedFolders.has(folder) || this.stateValue !== 'watching') return;
    const onPoll = (current: Stats): void => {
      const gone = current.ino === 0 && current.mtimeMs === 0;
      if (!gone && !canEnterSync(folder)) return;
      this.unlockFolder(folder);
      if (!gone) this.watcher?.add(folder);
      this.listener.onProblems();
    };
    this.lockedFolders.set(folder, onPoll);
    fs.watchFile(folder, { interval: this.pollIntervalMs, persistent: true }, onPoll);
    // During the first scan the problems go out with the whole first state.
    if (this.finishScan === null) this.listener.onProblems();
  }

  private unlockFolder(folder: string): void {
    const onPoll = this.lockedFolders.get(folder);
    if (!onPoll) return;
    this.lockedFolders.delete(folder);
    fs.unwatchFile(folder, onPoll);
  }

  private async lose(): Promise<void> {
    if (this.stateValue !== 'watching') return;
    const what = this.isFolder ? 'Folder' : 'File';
    this.becomeMissing(
      `${what} disappeared: ${this.path} (showing its last known files; watching for it to come back)`,
    );
    await this.stopWatcher();
    this.listener.onLost();
  }

  private becomeMissing(problem: string, checkAtOnce = true): void {
    this.stateValue = 'missing';
    this.problemValue = problem;
    this.startPolling(checkAtOnce);
  }

  private startPolling(checkAtOnce: boolean): void {
    if (this.pollingForRoot) return;
    this.pollingForRoot = true;
    fs.watchFile(this.path, { interval: this.pollIntervalMs, persistent: true }, this.onPoll);
    // It may have come back between the check that found it missing and the poller's first stat, which the
    // poller then takes as its starting point and never reports.
    if (!checkAtOnce) return;
    fs.stat(this.path, (error) => {
      if (!error) this.comeBack();
    });
  }

  private readonly onPoll = (current: Stats): void => {
    // fs.watchFile reports a missing path as all-zero stats.
    if (current.ino !== 0 || current.mtimeMs !== 0) this.comeBack();
  };

  private comeBack(): void {
    if (this.stateValue !== 'missing') return;
    this.stopPolling();
    this.stateValue = 'idle';
    this.listener.onBack();
  }

  private stopPolling(): void {
    if (!this.pollingForRoot) return;
    this.pollingForRoot = false;
    fs.unwatchFile(this.path, this.onPoll);
  }

  private async stopWatcher(): Promise<void> {
    for (const filePath of [...this.filePolls.keys()]) this.stopPollingFile(filePath);
    for (const folder of [...this.lockedFolders.keys()]) this.unlockFolder(folder);
    const watcher = this.watcher;
    this.watcher = null;
    this.finishScan?.();
    // Closing is best effort: a watcher that fails to close must not keep the root from being polled or reopened.
    if (watcher) await watcher.close().catch(() => undefined);
  }
}

/** Whether this process may list a folder and reach what is in it (read and search permission). */
async function canEnter(folder: string): Promise<boolean> {
  try {
    await access(folder, fs.constants.R_OK | fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The same, for chokidar's synchronous `ignored` test: one access(2) call per folder met. */
function canEnterSync(folder: string): boolean {
  try {
    fs.accessSync(folder, fs.constants.R_OK | fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function describeUnreachable(rootPath: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `Not found: ${rootPath} (watching for it to appear)`;
  if (code === 'EACCES' || code === 'EPERM') return `Permission denied: ${rootPath} (watching for it to change)`;
  if (code === 'ELOOP') return `Symbolic link loop: ${rootPath} (watching for it to change)`;
  return `Cannot open ${rootPath}: ${code ?? String(error)} (watching for it to change)`;
}
