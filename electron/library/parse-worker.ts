/**
 * A parser worker thread (started by parse-pool.ts): per message, examines the bytes it is given, or reads a file
 * and examines it, or reads an archive's candidate members and examines each (decompression included), and posts
 * back the result (parse-wire.ts). One job at a time, in order. Built on its own into dist/electron/parse-worker.cjs by
 * scripts/build.mjs; run from source through tsx (parse-worker-tsx.mjs) under vitest and the serve host.
 */
import { parentPort } from 'node:worker_threads';
import { parseDocTable } from '../core/parse.js';
import { examineArchive } from './archive/examine-archive.js';
import { examineFileSync } from './examine-file.js';
import { examineBytes } from './examine.js';
import { archiveToWire, fileToWire, toWire, type JobFailure, type ParseJobMessage, type ParseWorkerMessage, type WireResult } from './parse-wire.js';

const port = parentPort;
if (!port) throw new Error('parse-worker: not started as a worker thread');

const examine = (bytes: Uint8Array, filePath: string) => examineBytes(bytes, filePath, parseDocTable);

async function run(job: ParseJobMessage): Promise<WireResult> {
  const { request } = job;
  switch (request.type) {
    case 'bytes':
      return { type: 'bytes', verdict: toWire(examine(request.bytes, job.path)) };
    case 'file':
      return fileToWire(examineFileSync(job.path, request.maxBytes, parseDocTable));
    case 'archive': {
      const progress = (members: number) => port!.postMessage({ type: 'progress', id: job.id, members } satisfies ParseWorkerMessage);
      return archiveToWire(await examineArchive(job.path, request.archive, examine, progress));
    }
  }
}

/** Jobs run one after another, in the order they came (the pool may send the next before this one is done). */
let running: Promise<void> = Promise.resolve();

port.on('message', (job: ParseJobMessage) => {
  running = running.then(async () => {
    if (job.announce) port.postMessage({ type: 'started', id: job.id } satisfies ParseWorkerMessage);
    // examineBytes turns every parser exception into a verdict, the readers every read failure into an outcome: only
    // the thread dying loses a job (the pool then tries it again on another).
    const result = await run(job).catch(
      (error: unknown): JobFailure => ({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    port.postMessage({ type: 'done', id: job.id, result } satisfies ParseWorkerMessage);
  });
});
