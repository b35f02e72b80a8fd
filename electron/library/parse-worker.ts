/**
 * A parser worker thread (started by parse-pool.ts): decodes and parses the bytes of one file per message and
 * posts back the verdict (parse-wire.ts). Built on its own into dist/electron/parse-worker.cjs by
 * scripts/build.mjs; run from source through tsx (parse-worker-tsx.mjs) under vitest and the serve host.
 */
import { parentPort } from 'node:worker_threads';
import { parseDocTable } from '../core/parse.js';
import { examineBytes } from './examine.js';
import { toWire, type ParseJobMessage, type ParseWorkerMessage } from './parse-wire.js';

const port = parentPort;
if (!port) throw new Error('parse-worker: not started as a worker thread');

port.on('message', (job: ParseJobMessage) => {
  if (job.announce) port.postMessage({ type: 'started', id: job.id } satisfies ParseWorkerMessage);
  // examineBytes turns every parser exception into a verdict; only the thread dying loses a job.
  const verdict = toWire(examineBytes(job.bytes, job.path, parseDocTable));
  port.postMessage({ type: 'done', id: job.id, verdict } satisfies ParseWorkerMessage);
});
