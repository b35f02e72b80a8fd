/**
 * A small pool of worker threads that decode and parse files (parse-worker.ts), so that the thread running the
 * library (the Electron main process, the serve host) keeps answering IPC and HTTP while a folder loads.
 *
 * - A job is bytes to examine (copied by structured clone: a job keeps them to try again), a file to read and
 *   examine, or an archive whose members to read and examine (parse-wire.ts): files and archives are read by the
 *   worker, so this thread neither reads nor copies their bytes. Verdicts come back with their models as JSON text,
 *   parsed here into plain model objects.
 * - A worker that dies while parsing (crash, out of memory, terminated) is replaced and the file tried once
 *   more on another; should that die too, the file gets a `parser-failed` verdict. Never a rejected promise
 *   for a crash: one file's problem must not stop a folder from loading.
 * - Workers start on demand. An idle worker does not keep the process alive (unref); idle workers beyond
 *   `warmWorkers` (default 1: the next edit is not kept waiting for a thread to start) are stopped after
 *   `idleTimeoutMs`; close() stops them all.
 * - Where the worker comes from: `parse-worker.cjs` beside this module when it exists (the esbuild bundle in
 *   dist/electron/, see scripts/build.mjs), else the TypeScript source through tsx (vitest, tsx, serve host).
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArchiveExamination, ArchiveExaminationRequest } from './archive/examine-archive.js';
import type { FileExamination } from './examine-file.js';
import type { Verdict } from './examine.js';
import {
  archiveFromWire,
  fileFromWire,
  fromWire,
  type JobFailure,
  type JobRequest,
  type ParseJobMessage,
  type ParseWorkerMessage,
  type WireResult,
} from './parse-wire.js';

export type { JobFailure };

/** min(4, cores - 1), at least 1: the main thread keeps a core for itself (reading files, IPC, rendering). */
export function defaultPoolSize(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(4, cores - 1));
}

export const DEFAULT_IDLE_TIMEOUT_MS = 30_000;
/** A file is tried on this many workers before its verdict is "the parser failed". */
const ATTEMPTS = 2;

/**
 * The script a parser worker runs: the built bundle beside this module when present (dist/electron, dist/cli);
 * else the one DOCTABLE_PARSE_WORKER names (test runs point it at dist/cli/parse-worker.cjs, which their setup has
 * just rebuilt from the sources: a worker then starts in a tenth of the time tsx takes); else the TypeScript
 * source via tsx.
 */
export function defaultWorkerScript(): URL {
  const built = new URL('./parse-worker.cjs', import.meta.url);
  if (built.protocol === 'file:' && existsSync(fileURLToPath(built))) return built;
  const named = process.env.DOCTABLE_PARSE_WORKER;
  if (named && existsSync(named)) return pathToFileURL(named);
  return new URL('./parse-worker-tsx.mjs', import.meta.url);
}

export interface ParsePoolOptions {
  /** Worker threads at most; default defaultPoolSize(). */
  size?: number;
  /** An idle worker is stopped after this long; default 30 s. */
  idleTimeoutMs?: number;
  /** Idle workers kept running however long they idle; default 1. */
  warmWorkers?: number;
  /** The worker script; default defaultWorkerScript(). */
  script?: URL;
  /**
   * Called when a worker begins parsing a file (tests: stop a worker mid-parse). Setting it costs one more
   * message per file.
   */
  onJobStarted?: (job: { path: string; attempt: number; worker: Worker }) => void;
}

export interface ParsePoolStats {
  /** Worker threads running now. */
  workers: number;
  /** Workers started since the pool was created (replacements included). */
  started: number;
  /** Workers that died while parsing a file. */
  crashes: number;
  /** Files examined (whatever the verdict). */
  jobs: number;
}

interface Job {
  id: number;
  path: string;
  /** What the worker is to do; bytes are copied, never transferred: a job keeps them to try again. */
  request: JobRequest;
  attempt: number;
  resolve: (result: WireResult | JobFailure) => void;
  reject: (error: Error) => void;
  onProgress?: (members: number) => void;
}

/**
 * Jobs sent to one worker at a time. The worker runs them one after another, in order; the next one already waiting
 * there means it never idles while this thread (busy, or descheduled on a loaded machine) answers its last result.
 */
const PIPELINE = 2;

interface Slot {
  worker: Worker;
  /** Sent and not answered, oldest first: the first is the one the worker is running. */
  jobs: Job[];
  idleTimer: NodeJS.Timeout | null;
  /** Stopped or stopping: takes no more jobs, and its late messages are ignored. */
  dead: boolean;
  error: Error | null;
}

export class ParsePool {
  readonly size: number;
  private readonly idleTimeoutMs: number;
  private readonly warmWorkers: number;
  private readonly script: URL;
  private readonly onJobStarted: ParsePoolOptions['onJobStarted'];
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private readonly counters = { started: 0, crashes: 0, jobs: 0 };

  constructor(options: ParsePoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
    this.idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
    this.warmWorkers = Math.max(0, options.warmWorkers ?? 1);
    this.script = options.script ?? defaultWorkerScript();
    this.onJobStarted = options.onJobStarted;
  }

  /** Decodes and parses one file's bytes in a worker. Rejects only when the pool is (or gets) closed. */
  async examine(bytes: Uint8Array, filePath: string): Promise<Verdict> {
    const result = readBack(await this.run(filePath, { type: 'bytes', bytes }), 'bytes', (wire) => fromWire(wire.verdict));
    return result.type === 'failed' ? { kind: 'parser-failed', message: result.message } : result.value;
  }

  /**
   * Reads one file in a worker (at most `maxBytes`) and examines its bytes there: the calling thread neither reads
   * nor copies them. A failure is the job's (its workers died); rejects only when the pool is closed.
   */
  async examineFile(filePath: string, maxBytes: number): Promise<FileExamination | JobFailure> {
    const result = readBack(await this.run(filePath, { type: 'file', maxBytes }), 'file', fileFromWire);
    return result.type === 'failed' ? result : result.value;
  }

  /** Reads an archive's candidate members in a worker and examines each there; `onProgress` hears of each member read. */
  async examineArchive(
    archivePath: string,
    archive: ArchiveExaminationRequest,
    onProgress?: (members: number) => void,
  ): Promise<ArchiveExamination | JobFailure> {
    const result = readBack(await this.run(archivePath, { type: 'archive', archive }, onProgress), 'archive', archiveFromWire);
    return result.type === 'failed' ? result : result.value;
  }

  private run(filePath: string, request: JobRequest, onProgress?: (members: number) => void): Promise<WireResult | JobFailure> {
    if (this.closed) return Promise.reject(new Error('ParsePool: closed'));
    this.counters.jobs++;
    return new Promise<WireResult | JobFailure>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, path: filePath, request, attempt: 1, resolve, reject, ...(onProgress ? { onProgress } : {}) });
      this.pump();
    });
  }

  /** Starts one worker now when none runs (it then idles as any other would); never throws. */
  warm(): void {
    if (this.closed || this.slots.length > 0) return;
    try {
      this.rest(this.spawn());
    } catch {
      // No thread now: examine() tries again, and says why for the file should it fail there too.
    }
  }

  stats(): ParsePoolStats {
    return { workers: this.slots.length, ...this.counters };
  }

  /** Stops every worker; jobs not done are rejected. The pool takes no more work afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new Error('ParsePool: closed');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    const slots = this.slots;
    this.slots = [];
    await Promise.all(
      slots.map((slot) => {
        slot.dead = true;
        if (slot.idleTimer) clearTimeout(slot.idleTimer);
        for (const job of slot.jobs.splice(0)) job.reject(stopped);
        return slot.worker.terminate();
      }),
    );
  }

  private pump(): void {
    while (this.queue.length > 0 && !this.closed) {
      // An idle worker first, then a new one, then one with room behind its running job.
      let slot = this.slots.find((candidate) => candidate.jobs.length === 0 && !candidate.dead);
      if (!slot && this.slots.length >= this.size) {
        slot = this.slots.find((candidate) => candidate.jobs.length < PIPELINE && !candidate.dead);
        if (!slot) return;
      }
      if (!slot) {
        try {
          slot = this.spawn();
        } catch (error) {
          // No worker can be made at all (out of threads or memory): the file is listed with why.
          const job = this.queue.shift()!;
          job.resolve({ type: 'failed', message: `no worker thread could be started (${messageOf(error)})` });
          continue;
        }
      }
      this.assign(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { name: 'doctable-parser' });
    const slot: Slot = { worker, jobs: [], idleTimer: null, dead: false, error: null };
    this.slots.push(slot);
    this.counters.started++;
    worker.on('message', (message: ParseWorkerMessage) => this.onMessage(slot, message));
    worker.on('messageerror', (error: Error) => this.onMessageError(slot, error));
    worker.on('error', (error: Error) => {
      slot.error = error;
    });
    worker.on('exit', (code: number) => this.onExit(slot, code));
    return slot;
  }

  private assign(slot: Slot, job: Job): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    slot.jobs.push(job);
    // Busy: the pending result keeps the process alive (an idle worker does not).
    slot.worker.ref();
    const message: ParseJobMessage = { id: job.id, path: job.path, request: job.request, announce: this.onJobStarted !== undefined };
    slot.worker.postMessage(message);
  }

  private onMessage(slot: Slot, message: ParseWorkerMessage): void {
    const job = slot.jobs.find((sent) => sent.id === message.id);
    if (slot.dead || !job) return;
    if (message.type === 'started') {
      this.onJobStarted?.({ path: job.path, attempt: job.attempt, worker: slot.worker });
      return;
    }
    if (message.type === 'progress') {
      job.onProgress?.(message.members);
      return;
    }
    slot.jobs = slot.jobs.filter((sent) => sent !== job);
    job.resolve(message.result);
    if (slot.jobs.length === 0) this.rest(slot);
    this.pump();
  }

  /** The verdict could not be received (not cloneable): the job fails, the worker is fine. */
  private onMessageError(slot: Slot, error: Error): void {
    // Results come back in order: the one that could not be received is the oldest's.
    const job = slot.jobs.shift();
    if (slot.dead || !job) return;
    job.resolve({ type: 'failed', message: `its result could not be passed back (${error.message})` });
    if (slot.jobs.length === 0) this.rest(slot);
    this.pump();
  }

  private rest(slot: Slot): void {
    slot.worker.unref();
    slot.idleTimer = setTimeout(() => this.retire(slot), this.idleTimeoutMs);
    slot.idleTimer.unref();
  }

  private retire(slot: Slot): void {
    slot.idleTimer = null;
    if (slot.jobs.length > 0 || slot.dead) return;
    const others = this.slots.filter((other) => other !== slot && !other.dead).length;
    if (others < this.warmWorkers) return;
    slot.dead = true;
    this.slots = this.slots.filter((other) => other !== slot);
    void slot.worker.terminate();
  }

  /**
   * A worker ended. If it was parsing, that file goes to another worker (or fails after ATTEMPTS); the jobs waiting
   * behind it there had not started, and go back to the queue as they were.
   */
  private onExit(slot: Slot, code: number): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    const wasStopped = slot.dead;
    slot.dead = true;
    this.slots = this.slots.filter((other) => other !== slot);
    const [job, ...waiting] = slot.jobs.splice(0);
    if (!job || wasStopped) return;
    this.queue.unshift(...waiting);
    this.counters.crashes++;
    if (job.attempt < ATTEMPTS && !this.closed) {
      job.attempt++;
      this.queue.unshift(job);
    } else {
      const why = slot.error ? messageOf(slot.error) : `exit code ${code}`;
      job.resolve({ type: 'failed', message: `its worker thread stopped while parsing the file, ${job.attempt} times (${why})` });
    }
    this.pump();
  }
}

/** A worker's result in this thread's terms; models come back as JSON text, and one that does not parse fails the job. */
function readBack<T extends WireResult['type'], V>(
  result: WireResult | JobFailure,
  type: T,
  convert: (result: Extract<WireResult, { type: T }>) => V,
): JobFailure | { type: 'ok'; value: V } {
  if (result.type === 'failed') return result;
  if (result.type !== type) return { type: 'failed', message: `a ${result.type} result for a ${type} job` };
  try {
    return { type: 'ok', value: convert(result as Extract<WireResult, { type: T }>) };
  } catch (error) {
    return { type: 'failed', message: `its result could not be read (${messageOf(error)})` };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
