/**
 * Holds the published state (files by id, roots, problems), numbers every change and tells subscribers.
 * SourceFile objects are never mutated once published: a change replaces them, so snapshots stay consistent.
 */
import {
  NO_SKIPPED,
  type LibraryChange,
  type LibraryListener,
  type LibrarySnapshot,
  type LoadProgress,
  type SkippedSummary,
  type SourceFile,
} from '../shared/library-types.js';
import { errorMessage } from '../shared/error-message.js';

export interface StoreState {
  roots: string[];
  samples: boolean;
  problems: string[];
  files: SourceFile[];
  skipped: SkippedSummary;
}

export interface FileDelta {
  added: SourceFile[];
  changed: SourceFile[];
  removed: string[];
  /** The new skipped summary, when it changed. */
  skipped?: SkippedSummary;
}

export class SnapshotStore {
  private revision = 0;
  private roots: string[] = [];
  private samples = false;
  private problems: string[] = [];
  private files = new Map<string, SourceFile>();
  private skipped: SkippedSummary = NO_SKIPPED;
  private loading: LoadProgress | null = null;
  private sorted: SourceFile[] | null = null;
  private readonly listeners = new Set<LibraryListener>();

  snapshot(): LibrarySnapshot {
    this.sorted ??= [...this.files.values()].sort(compareFiles);
    return {
      revision: this.revision,
      roots: [...this.roots],
      samples: this.samples,
      files: [...this.sorted],
      problems: [...this.problems],
      skipped: this.skipped,
      loading: this.loading,
    };
  }

  file(id: string): SourceFile | undefined {
    return this.files.get(id);
  }

  subscribe(listener: LibraryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Replaces everything (an open, a reload, a root lost or back) and emits one change carrying `reset`. */
  reset(state: StoreState): void {
    this.skipped = state.skipped;
    this.loading = null;
    this.roots = [...state.roots];
    this.samples = state.samples;
    this.problems = [...state.problems];
    this.files = new Map(state.files.map((file) => [file.id, file]));
    this.sorted = null;
    this.revision++;
    // The full snapshot is in `reset`: the lists stay empty rather than carrying every model twice.
    this.emit({ revision: this.revision, added: [], changed: [], removed: [], reset: this.snapshot() });
  }

  /** Applies file-level changes (and a new skipped summary); emits nothing when there are none. */
  apply(delta: FileDelta): void {
    const filesChanged = delta.added.length > 0 || delta.changed.length > 0 || delta.removed.length > 0;
    if (!filesChanged && delta.skipped === undefined) return;
    for (const id of delta.removed) this.files.delete(id);
    for (const file of [...delta.added, ...delta.changed]) this.files.set(file.id, file);
    if (filesChanged) this.sorted = null;
    if (delta.skipped !== undefined) this.skipped = delta.skipped;
    this.revision++;
    const change: LibraryChange = { revision: this.revision, added: delta.added, changed: delta.changed, removed: delta.removed };
    if (delta.skipped !== undefined) change.skipped = delta.skipped;
    this.emit(change);
  }

  /** How far a load is (null: it ended); one change carrying `loading`. */
  setLoading(loading: LoadProgress | null): void {
    if (loading === null && this.loading === null) return;
    this.loading = loading;
    this.revision++;
    this.emit({ revision: this.revision, added: [], changed: [], removed: [], loading });
  }

  get isLoading(): boolean {
    return this.loading !== null;
  }

  private emit(change: LibraryChange): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (error) {
        // One faulty subscriber must not keep the others (or the library) from going on.
        process.emitWarning(`DocLibrary listener failed: ${errorMessage(error)}`);
      }
    }
  }
}

/** By relPath, then id (two roots can hold the same relPath); code unit order, the same on every machine. */
function compareFiles(a: SourceFile, b: SourceFile): number {
  return compareText(a.relPath, b.relPath) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
