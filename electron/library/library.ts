/**
 * The live library: opens roots, keeps one record per file seen, re-reads only what events point at, and
 * publishes the result through the snapshot store. Every state change runs on one serial queue.
 */
import path from 'node:path';
import type { DocTableModel } from '../core/model.js';
import type { LibrarySnapshot, LibraryListener, SkippedFile, SourceFile } from '../shared/library-types.js';
import type { DocLibrary, LibraryOptions, LibraryStats } from './contract.js';
import { judge, type Evaluation } from './evaluate.js';
import { parserWasCalled } from './examine.js';
import { createExaminer, type Examiner } from './examiner.js';
import { PathBatcher } from './path-batcher.js';
import { stampOf, type FileStamp } from './read-source.js';
import { RootWatch } from './root-watch.js';
import { loadSampleOrigins, type SampleOrigins } from './samples.js';
import { SerialQueue } from './serial-queue.js';
import { LoadProgressReporter } from './load-progress.js';
import { sameSkipped, summariseSkipped } from './skipped-summary.js';
import { SnapshotStore, type FileDelta } from './snapshot-store.js';
import { isSameOrInside } from './symlink-loop.js';
import { DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive/archive-budget.js';
import { judgeArchive, knownDigests, type ArchiveInspection } from './archive/archive-inspection.js';
import { isArchivePath } from './archive/archive-paths.js';
import { diffSources, relPathWithMembers } from './archive/member-files.js';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
export const DEFAULT_DEBOUNCE_MS = 75;
export const DEFAULT_POLL_INTERVAL_MS = 250;

type Seen = Exclude<Evaluation, { kind: 'gone' }>;

/** Everything known about one path, shown or not: the cache and the memory of having been a doc table. */
interface TrackedFile {
  root: RootWatch;
  explicit: boolean;
  evaluation: Seen;
  /** What is published for it; null when it is hidden (not a doc table). */
  file: SourceFile | null;
  /** Why it is hidden, for the skipped summary; null when shown (or not a file at all). */
  skipped: SkippedFile | null;
  lastGoodModel: DocTableModel | null;
  /** An archive's members (archive/), each tracked like a file of its own under its `ARCHIVE!/member` key. */
  members?: Map<string, TrackedMember>;
}

interface TrackedMember extends TrackedFile {
  /** SHA-1 of the member's bytes when last read: unchanged bytes are not parsed again. */
  digest: string | null;
}

interface Step {
  /** What an archive's members did (added, changed, removed per member). */
  also?: FileDelta;
  added?: SourceFile;
  changed?: SourceFile;
  removed?: string;
  /** The path's entry in the skipped summary appeared, went or says something else now. */
  skippedChanged?: boolean;
}

/** What looking at one path found, before any state changes: its cache entry holds, or a fresh evaluation. */
type Inspection =
  | { kind: 'cached'; prior: TrackedFile }
  | { kind: 'evaluated'; evaluation: Evaluation }
  | { kind: 'archive'; archive: ArchiveInspection };

/** One path to look at: with what was known of it when it was queued. */
interface Visit {
  filePath: string;
  prior: TrackedFile | undefined;
}

const NO_ORIGINS: SampleOrigins = { byRelPath: new Map(), problem: null };

export class LiveLibrary implements DocLibrary {
  private readonly store = new SnapshotStore();
  private readonly queue = new SerialQueue();
  private readonly batcher: PathBatcher<RootWatch>;
  private readonly counters = { reads: 0, parses: 0, cacheHits: 0 };
  /** Decodes and parses file bytes: a pool of worker threads by default, this thread when a parser is given. */
  private readonly examiner: Examiner;
  private readonly samplesDir: string;
  private readonly maxFileBytes: number;
  private readonly pollIntervalMs: number;
  private readonly archiveLimits: ArchiveLimits;
  /** Bumped by every open and close: a load that is no longer the latest stops early. */
  private generation = 0;
  private roots: RootWatch[] = [];
  private rootPaths: string[] = [];
  private samples = false;
  private origins: SampleOrigins = NO_ORIGINS;
  private tracked = new Map<string, TrackedFile>();

  constructor(options: LibraryOptions) {
    this.samplesDir = path.resolve(options.samplesDir);
    this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    this.pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
    this.archiveLimits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.archiveLimits, maxMemberBytes: this.maxFileBytes };
    this.examiner = createExaminer(options);
    const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    this.batcher = new PathBatcher(debounceMs, Math.max(4 * debounceMs, 300), (batch) => this.onBatch(batch));
  }

  snapshot(): LibrarySnapshot {
    return this.store.snapshot();
  }

  subscribe(listener: LibraryListener): () => void {
    return this.store.subscribe(listener);
  }

  stats(): LibraryStats {
    return { ...this.counters, parseWorkers: this.examiner.workers() };
  }

  open(paths: string[]): Promise<LibrarySnapshot> {
    if (paths.length === 0) return this.openSamples();
    return this.load(paths, false, false);
  }

  openSamples(): Promise<LibrarySnapshot> {
    return this.load([this.samplesDir], true, false);
  }

  reload(): Promise<LibrarySnapshot> {
    if (this.rootPaths.length === 0) return this.openSamples();
    return this.load(this.rootPaths, this.samples, true);
  }

  contains(absolutePath: string): boolean {
    const target = path.resolve(absolutePath);
    return this.rootPaths.some((root) => isSameOrInside(target, root));
  }

  async close(): Promise<void> {
    this.generation++;
    this.batcher.clear();
    await this.queue.run(async () => {
      // A load stopped by close() never reached its end: it is not loading any more.
      this.store.setLoading(null);
      await this.stopRoots();
      // Nothing is being examined now (loads and batches run on the queue): stop the parser workers.
      await this.examiner.close();
    });
  }

  private load(paths: string[], samples: boolean, force: boolean): Promise<LibrarySnapshot> {
    const generation = ++this.generation;
    this.batcher.clear();
    return this.queue.run(async () => {
      if (generation !== this.generation) return this.store.snapshot();
      await this.stopRoots();
      const previous = this.tracked;
      this.tracked = new Map();
      this.rootPaths = normaliseRoots(paths);
      this.samples = samples;
      this.origins = samples ? await loadSampleOrigins(this.samplesDir) : NO_ORIGINS;
      // A parser thread takes a while to start (~1 s from the TypeScript sources): let it start while the folder is scanned.
      this.examiner.warm();
      this.roots = this.rootPaths.map((rootPath, index) => this.createRoot(index, rootPath));
      const found = await Promise.all(this.roots.map((root) => root.start()));
      const stale = () => generation !== this.generation;
      for (const root of this.roots) if (root.state === 'missing') this.keepLastKnown(root, previous);
      const queued = new Set<string>();
      const visitsByRoot = this.roots.map((_, index) => {
        const visits: Visit[] = [];
        for (const filePath of found[index] ?? []) {
          if (this.tracked.has(filePath) || queued.has(filePath)) continue;
          queued.add(filePath);
          visits.push({ filePath, prior: previous.get(filePath) });
        }
        return visits;
      });
      const progress = new LoadProgressReporter(queued.size, (loading) => this.store.setLoading(loading));
      for (const [index, root] of this.roots.entries()) {
        const visits = visitsByRoot[index]!;
        if (!(await this.refreshAll(visits, root, force, stale, progress))) return this.store.snapshot();
      }
      this.publishAll();
      return this.store.snapshot();
    });
  }

  /**
   * A root reopened (reload) while it cannot be read or is gone keeps the files last seen under it, as a root
   * lost while watched does: they stay on show beside its problem until it is back and scanned again.
   */
  private keepLastKnown(root: RootWatch, previous: ReadonlyMap<string, TrackedFile>): void {
    for (const [filePath, known] of previous) {
      if (known.root.path === root.path && known.root.index === root.index) this.tracked.set(filePath, { ...known, root });
    }
  }

  private createRoot(index: number, rootPath: string): RootWatch {
    const root: RootWatch = new RootWatch(
      index,
      rootPath,
      {
        onPath: (eventPath) => this.batcher.add(eventPath, root),
        onLost: () => this.runDetached(async () => this.isCurrent(root) && this.publishAll()),
        onBack: () => this.runDetached(() => this.rescan(root)),
        onProblems: () => this.runDetached(async () => this.isCurrent(root) && this.publishAll()),
      },
      this.pollIntervalMs,
    );
    return root;
  }

  private onBatch(batch: Map<string, RootWatch>): void {
    this.runDetached(async () => {
      const delta: FileDelta = { added: [], changed: [], removed: [] };
      let skippedChanged = false;
      const visited = new Set<string>();
      for (const [eventPath, root] of batch) {
        for (const filePath of this.pathsAt(eventPath)) {
          if (!this.isCurrent(root) || root.state !== 'watching') break;
          if (visited.has(filePath)) continue;
          visited.add(filePath);
          const prior = this.tracked.get(filePath);
          const step = await this.commit(filePath, root, prior, await this.inspect(filePath, root, false, prior));
          addStep(delta, step);
          skippedChanged ||= step.skippedChanged === true;
          await yieldToEventLoop();
        }
      }
      if (skippedChanged) delta.skipped = this.skippedSummary();
      this.store.apply(delta);
    });
  }

  /** A root is back after vanishing: scan it again and publish the whole (reset) state, problems included. */
  private async rescan(root: RootWatch): Promise<void> {
    if (!this.isCurrent(root)) return;
    const found = await root.start();
    if (!this.isCurrent(root)) return;
    if (root.state === 'watching') {
      const seen = new Set(found);
      const vanished = [...this.tracked].filter(([filePath, t]) => t.root === root && !seen.has(filePath));
      const visits = [...found, ...vanished.map(([filePath]) => filePath)].map((filePath) => ({
        filePath,
        prior: this.tracked.get(filePath),
      }));
      await this.refreshAll(visits, root, false, () => false);
    }
    this.publishAll();
  }

  /** The path itself, and the files known below it when it is (was) a folder. */
  private pathsAt(eventPath: string): string[] {
    // A prefix test, not path.relative: this runs for every event against every known file.
    const prefix = eventPath.endsWith(path.sep) ? eventPath : eventPath + path.sep;
    const below: string[] = [];
    for (const known of this.tracked.keys()) if (known.startsWith(prefix)) below.push(known);
    return below.length > 0 && !this.tracked.has(eventPath) ? below : [eventPath, ...below];
  }

  /**
   * Looks at many paths of one root as if one by one, in order: up to `examiner.width` are read and
   * parsed at once (the parser workers stay busy), and what they found is recorded strictly in order, yielding
   * to the event loop between files. Returns false when `stale()` stopped it.
   */
  private async refreshAll(
    visits: Visit[],
    root: RootWatch,
    force: boolean,
    stale: () => boolean,
    progress?: LoadProgressReporter,
  ): Promise<boolean> {
    const width = Math.max(1, this.examiner.width);
    const started: Promise<Inspection>[] = [];
    const launch = (visit: Visit) => {
      const inspection = this.inspect(visit.filePath, root, force, visit.prior, progress);
      // Awaited below unless the load goes stale first: no unhandled rejection either way.
      inspection.catch(() => undefined);
      started.push(inspection);
    };
    for (let index = 0; index < visits.length; index++) {
      if (stale()) {
        // Let what was started finish (it reads and parses): no work of this load outlives its turn on the queue.
        await Promise.allSettled(started);
        return false;
      }
      while (started.length < visits.length && started.length - index < width) launch(visits[started.length]!);
      const visit = visits[index]!;
      await this.commit(visit.filePath, root, visit.prior, await started[index]!);
      progress?.step();
      await yieldToEventLoop();
    }
    return true;
  }

  /**
   * Looks at one path on disk (or in the cache): read and examined by the parser unless its size and mtime are
   * those cached. Changes no state but the counters, so several run at once.
   */
  private async inspect(
    filePath: string,
    root: RootWatch,
    force: boolean,
    prior: TrackedFile | undefined,
    progress?: LoadProgressReporter,
  ): Promise<Inspection> {
    const explicit = root.isFile;
    if (!force && prior && prior.explicit === explicit && prior.evaluation.cacheable) {
      const stamp = await stampOf(filePath);
      if (stamp && prior.evaluation.stamp && sameStamp(stamp, prior.evaluation.stamp)) {
        this.counters.cacheHits++;
        return { kind: 'cached', prior };
      }
    }
    this.counters.reads++;
    if (isArchivePath(filePath)) return this.inspectArchive(filePath, explicit, prior, progress);
    // Read and examined where the examiner works (a parser worker): this thread gets the outcome and the verdict.
    const { outcome, verdict } = await this.examiner.examineFile(filePath, this.maxFileBytes);
    if (verdict && parserWasCalled(verdict)) this.counters.parses++;
    const evaluation = judge(outcome, verdict, { lastGoodModel: prior?.lastGoodModel ?? null, explicit });
    return { kind: 'evaluated', evaluation };
  }

  /** Records what inspect() found for one path; returns what changed. */
  private async commit(filePath: string, root: RootWatch, prior: TrackedFile | undefined, inspection: Inspection): Promise<Step> {
    if (isArchivePath(filePath)) return this.commitArchive(filePath, root, prior, inspection);
    const explicit = root.isFile;
    if (inspection.kind === 'cached') {
      const cached = inspection.prior;
      if (cached.root === root) {
        this.tracked.set(filePath, cached);
        return {};
      }
      return this.record(filePath, root, cached, cached.evaluation, explicit);
    }
    if (inspection.kind === 'archive') throw new Error(`commit: archive findings for ${filePath}`);
    const evaluation = inspection.evaluation;
    if (evaluation.kind === 'gone') {
      // Files vanish with their folder: then the folder's last known files are kept until it returns.
      if (!(await root.confirmPresent())) return {};
      root.stopPollingFile(filePath);
      this.tracked.delete(filePath);
      const skippedChanged = prior?.skipped != null;
      return prior?.file && this.store.file(prior.file.id) ? { removed: prior.file.id, skippedChanged } : { skippedChanged };
    }
    return this.record(filePath, root, prior, evaluation, explicit);
  }

  private record(
    filePath: string,
    root: RootWatch,
    prior: TrackedFile | undefined,
    evaluation: Seen,
    explicit: boolean,
  ): Step {
    // A failed read (permissions, I/O) is not cached, and the file is polled from then on: a fix shows by itself.
    if ((evaluation.kind === 'shown' && !evaluation.cacheable) || (evaluation.kind === 'hidden' && evaluation.skip?.reason === 'unreadable')) {
      root.pollFile(filePath);
    }
    const file = evaluation.kind === 'shown' ? this.describe(filePath, root, evaluation) : null;
    const parsed = evaluation.kind === 'shown' ? evaluation.parsed : null;
    const skipped = evaluation.kind === 'hidden' && evaluation.skip ? this.skippedEntry(filePath, root, evaluation.skip) : null;
    this.tracked.set(filePath, {
      root,
      explicit,
      evaluation,
      file,
      skipped,
      lastGoodModel: parsed ?? prior?.lastGoodModel ?? null,
    });
    const skippedChanged = !sameSkipped(prior?.skipped ?? null, skipped);
    const published = prior?.file ? this.store.file(prior.file.id) : undefined;
    if (file) return published ? { changed: file, skippedChanged } : { added: file, skippedChanged };
    return published ? { removed: published.id, skippedChanged } : { skippedChanged };
  }

  private skippedEntry(filePath: string, root: RootWatch, skip: { reason: SkippedFile['reason']; detail: string }): SkippedFile {
    const relPath = relPathWithMembers(filePath, (p) => root.relPathOf(p));
    return { id: `${root.index}:${relPath}`, path: filePath, relPath, reason: skip.reason, detail: skip.detail };
  }

  private skippedSummary() {
    const entries: SkippedFile[] = [];
    for (const tracked of this.tracked.values()) {
      if (tracked.skipped) entries.push(tracked.skipped);
      for (const member of tracked.members?.values() ?? []) if (member.skipped) entries.push(member.skipped);
    }
    return summariseSkipped(entries);
  }

  private describe(filePath: string, root: RootWatch, evaluation: Extract<Evaluation, { kind: 'shown' }>): SourceFile {
    const relPath = relPathWithMembers(filePath, (p) => root.relPathOf(p));
    const model = evaluation.model;
    return {
      id: `${root.index}:${relPath}`,
      path: filePath,
      relPath,
      name: path.basename(filePath),
      size: evaluation.stamp?.size ?? 0,
      mtimeMs: evaluation.stamp?.mtimeMs ?? 0,
      status: evaluation.status,
      message: evaluation.message,
      format: model?.format ?? null,
      encoding: evaluation.encoding,
      locale: model?.locale ?? null,
      version: model?.version ?? null,
      title: model?.title ?? null,
      origin: this.samples && root.index === 0 ? (this.origins.byRelPath.get(relPath) ?? null) : null,
      model,
    };
  }

  private publishAll(): void {
    const problems = [this.origins.problem, ...this.roots.flatMap((root) => root.problems)].filter(
      (problem): problem is string => problem !== null,
    );
    const files = [...this.tracked.values()].flatMap(sourcesOf);
    this.store.reset({ roots: this.rootPaths, samples: this.samples, problems, files, skipped: this.skippedSummary() });
  }

  /** Queues work nobody awaits (watch events): a bug in it is reported, never an unhandled rejection. */
  private runDetached(task: () => Promise<unknown>): void {
    this.queue.run(task).catch((error: unknown) => {
      process.emitWarning(`DocLibrary: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    });
  }

  private isCurrent(root: RootWatch): boolean {
    return this.roots.includes(root);
  }

  private async stopRoots(): Promise<void> {
    const roots = this.roots;
    this.roots = [];
    await Promise.all(roots.map((root) => root.close()));
  }

  /**
   * Reads an archive's members and examines them where the examiner works (a parser worker: decompression too),
   * then judges them (archive/archive-inspection.ts); changes no state. A load's progress counts the members.
   */
  private async inspectArchive(
    filePath: string,
    explicit: boolean,
    prior: TrackedFile | undefined,
    progress: LoadProgressReporter | undefined,
  ): Promise<Inspection> {
    const request = { limits: this.archiveLimits, knownDigests: knownDigests(prior?.members) };
    const counted = progress?.archive();
    const examination = await this.examiner.examineArchive(filePath, request, (members) => counted?.membersRead(members));
    const archive = judgeArchive(filePath, examination, (key) => prior?.members?.get(key), explicit);
    this.counters.parses += archive.parsed;
    return { kind: 'archive', archive };
  }

  /** Records an archive and its members; the step says what happened to each source it shows. */
  private async commitArchive(filePath: string, root: RootWatch, prior: TrackedFile | undefined, inspection: Inspection): Promise<Step> {
    const before = prior ? sourcesOf(prior) : [];
    let next: TrackedFile | null;
    if (inspection.kind === 'cached') {
      if (inspection.prior.root === root) {
        this.tracked.set(filePath, inspection.prior);
        return {};
      }
      next = this.rehomeArchive(filePath, inspection.prior, root);
    } else if (inspection.kind === 'archive' && inspection.archive.evaluation.kind !== 'gone') {
      next = this.recordArchive(filePath, root, prior, inspection.archive, inspection.archive.evaluation);
    } else {
      // Gone (an archive's reads always end as 'archive'): as for a file, unless its whole folder went.
      if (!(await root.confirmPresent())) return {};
      root.stopPollingFile(filePath);
      this.tracked.delete(filePath);
      next = null;
    }
    if (next) this.tracked.set(filePath, next);
    return {
      also: diffSources(before, next ? sourcesOf(next) : [], (id) => this.store.file(id) !== undefined),
      skippedChanged: !sameSkippedLists(skippedOf(prior), skippedOf(next ?? undefined)),
    };
  }

  private recordArchive(
    filePath: string,
    root: RootWatch,
    prior: TrackedFile | undefined,
    archive: ArchiveInspection,
    evaluation: Seen,
  ): TrackedFile {
    if (evaluation.kind === 'shown' && !evaluation.cacheable) root.pollFile(filePath);
    const members = new Map<string, TrackedMember>();
    // A read that stopped early says nothing of the members it did not reach: they stay as they were.
    if (!archive.complete) for (const [key, known] of prior?.members ?? []) members.set(key, known);
    for (const finding of archive.members) {
      const known = prior?.members?.get(finding.key);
      if (finding.reused && known && known.root === root) {
        members.set(finding.key, known);
        continue;
      }
      const { evaluation: seen } = finding;
      const parsed = seen.kind === 'shown' ? seen.parsed : null;
      members.set(finding.key, {
        root,
        explicit: false,
        evaluation: seen,
        file: seen.kind === 'shown' ? this.describe(finding.key, root, seen) : null,
        skipped: this.memberSkipped(finding.key, root, seen),
        lastGoodModel: parsed ?? known?.lastGoodModel ?? null,
        digest: finding.digest,
      });
    }
    const file = evaluation.kind === 'shown' ? this.describe(filePath, root, evaluation) : null;
    return { root, explicit: root.isFile, evaluation, file, skipped: null, lastGoodModel: null, members };
  }

  /** A member that is not shown is listed among the skipped files, as a loose file would be. */
  private memberSkipped(key: string, root: RootWatch, evaluation: Seen): SkippedFile | null {
    return evaluation.kind === 'hidden' && evaluation.skip ? this.skippedEntry(key, root, evaluation.skip) : null;
  }

  /** The same archive findings under another root (opened again): described anew, not read again. */
  private rehomeArchive(filePath: string, cached: TrackedFile, root: RootWatch): TrackedFile {
    const describeIn = (key: string, evaluation: Seen) =>
      evaluation.kind === 'shown' ? this.describe(key, root, evaluation) : null;
    const members = new Map<string, TrackedMember>();
    for (const [key, member] of cached.members ?? []) {
      members.set(key, { ...member, root, file: describeIn(key, member.evaluation), skipped: this.memberSkipped(key, root, member.evaluation) });
    }
    return { ...cached, root, file: describeIn(filePath, cached.evaluation), members };
  }
}

/** Absolute, without duplicates, and without roots inside other roots (their files would be listed twice). */
export function normaliseRoots(paths: string[]): string[] {
  const resolved = [...new Set(paths.map((p) => path.resolve(p)))];
  return resolved.filter(
    (candidate) => !resolved.some((other) => other !== candidate && isSameOrInside(candidate, other)),
  );
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

function addStep(delta: FileDelta, step: Step): void {
  if (step.added) delta.added.push(step.added);
  if (step.changed) delta.changed.push(step.changed);
  if (step.removed !== undefined) delta.removed.push(step.removed);
  if (step.also) {
    delta.added.push(...step.also.added);
    delta.changed.push(...step.also.changed);
    delta.removed.push(...step.also.removed);
  }
}

/** The skipped entries a tracked path (an archive: its members) stands for. */
function skippedOf(tracked: TrackedFile | undefined): SkippedFile[] {
  if (!tracked) return [];
  const own = tracked.skipped ? [tracked.skipped] : [];
  return [...own, ...[...(tracked.members?.values() ?? [])].flatMap((member) => (member.skipped ? [member.skipped] : []))];
}

function sameSkippedLists(a: SkippedFile[], b: SkippedFile[]): boolean {
  return a.length === b.length && a.every((entry, i) => sameSkipped(entry, b[i] ?? null));
}

/** What a tracked path shows: its own source (if any), then its archive members' sources. */
function sourcesOf(tracked: TrackedFile): SourceFile[] {
  const own = tracked.file ? [tracked.file] : [];
  if (!tracked.members) return own;
  return [...own, ...[...tracked.members.values()].flatMap((member) => (member.file ? [member.file] : []))];
}

/** Lets timers, I/O callbacks and IPC run between two files of a large folder. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
