/**
 * Cold load at scale: 50 synthetic pages of 10,000 made-up events each (500,000 rows), once as Sphinx text
 * output and once as current Sphinx HTML builds, each opened by a fresh library (the code the desktop app and
 * the serve host run); then memory at rest (after GC) with everything loaded, against a plain read and line split
 * of the same bytes. The library parses in its worker threads (the default); WORKERS=0 parses on the calling
 * thread, as it did before it had workers: compare the event loop delay. Also: what passing one 10,000-row model
 * back from a worker costs the main thread (structured clone, as postMessage does it).
 *
 *   node --expose-gc bin/run-ts.mjs bench/library-large.bench.ts [FILES] [ROWS_PER_FILE] [WORKERS]
 *   (or `npm run bench -- library-large`)
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { parseDocTable } from '../electron/core/parse.js';
import { createLibrary, defaultPoolSize } from '../electron/library/index.js';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import { gcSource, memoryAtRest } from './support/memory.js';
import { round } from './support/stats.js';
import { writeSyntheticFolder, type SyntheticFormat } from './support/synthetic.js';

const FILES = Number(process.argv[2] ?? 50);
const ROWS_PER_FILE = Number(process.argv[3] ?? 10_000);
const WORKERS = process.argv[4] === undefined ? defaultPoolSize() : Number(process.argv[4]);

/**
 * Main-thread cost of receiving one file's model from a worker: JSON.parse of its JSON text (what the pool
 * does), against deserializing its structured clone; and the worker's cost of producing either.
 */
async function modelTransfer(file: string) {
  const model = parseDocTable(await readFile(file, 'utf8'), { path: file });
  const rounds = 5;
  const time = (task: () => unknown): number => {
    task();
    const started = performance.now();
    for (let i = 0; i < rounds; i++) task();
    return round((performance.now() - started) / rounds);
  };
  const serialized = v8.serialize(model);
  const json = JSON.stringify(model);
  const parseStart = performance.now();
  parseDocTable(await readFile(file, 'utf8'), { path: file });
  const parseMs = round(performance.now() - parseStart);
  return {
    jsonMiB: round(json.length / 2 ** 20),
    parseMs,
    mainThread: { jsonParseMs: time(() => JSON.parse(json)), structuredCloneMs: time(() => v8.deserialize(serialized)) },
    worker: { jsonStringifyMs: time(() => JSON.stringify(model)), structuredCloneMs: time(() => v8.serialize(model)) },
  };
}

async function readAndSplitSeconds(files: readonly string[]): Promise<number> {
  const started = performance.now();
  let lines = 0;
  for (const file of files) lines += new TextDecoder().decode(await readFile(file)).split('\n').length;
  if (lines === 0) throw new Error('nothing read');
  return (performance.now() - started) / 1000;
}

async function coldLoad(format: SyntheticFormat, scratch: string) {
  const root = path.join(scratch, format);
  const folder = await writeSyntheticFolder(root, { files: FILES, rowsPerFile: ROWS_PER_FILE, format });
  const splitSeconds = await readAndSplitSeconds(folder.files);
  const transfer = await modelTransfer(folder.files[0]!);
  const before = memoryAtRest();
  const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, workers: WORKERS });
  try {
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const started = performance.now();
    const snapshot = await library.open([root]);
    const seconds = (performance.now() - started) / 1000;
    loopDelay.disable();
    const after = memoryAtRest();
    let rows = 0;
    for (const file of snapshot.files) for (const table of file.model?.tables ?? []) rows += table.rows.length;
    const statuses = snapshot.files.map((file) => file.status);
    const mib = folder.bytes / 2 ** 20;
    return {
      format,
      workers: WORKERS,
      files: snapshot.files.length,
      ok: statuses.filter((status) => status === 'ok').length,
      rows,
      expectedRows: folder.publicRows + folder.internalRows,
      MiB: round(mib),
      loadSeconds: round(seconds, 2),
      msPerFile: round((seconds * 1000) / FILES),
      MiBPerSecond: round(mib / seconds),
      rowsPerSecond: Math.round(rows / seconds),
      readSplitMiBPerSecond: round(mib / splitSeconds),
      ratioToReadSplit: round(splitSeconds / seconds, 3),
      loopDelayMs: { p99: round(loopDelay.percentile(99) / 1e6), max: round(loopDelay.max / 1e6) },
      heapUsedMiB: { before: before.heapUsedMiB, after: after.heapUsedMiB },
      rssMiB: { before: before.rssMiB, after: after.rssMiB },
      heapBytesPerRow: Math.round(((after.heapUsedMiB - before.heapUsedMiB) * 2 ** 20) / rows),
      transfer,
    };
  } finally {
    await library.close();
    await rm(root, { recursive: true, force: true });
  }
}

const scratch = await mkdtemp(path.join(tmpdir(), 'doctable-bench-large-'));
const results = [];
try {
  console.log(`Cold load of ${FILES} synthetic pages × ${ROWS_PER_FILE.toLocaleString('en')} events, parser on ` +
    `${WORKERS > 0 ? `${WORKERS} worker thread(s)` : 'the calling thread'} (memory after GC: ${gcSource})`);
  for (const format of ['sphinx-text', 'html'] as const) {
    const result = await coldLoad(format, scratch);
    results.push(result);
    const check = result.rows === result.expectedRows ? '' : ` (EXPECTED ${result.expectedRows})`;
    console.log(`\n${format}: ${result.files} files (${result.ok} ok), ${result.rows.toLocaleString('en')} rows${check}, ${result.MiB} MiB`);
    console.log(`  load:   ${result.loadSeconds} s (${result.msPerFile} ms/file), ${result.MiBPerSecond} MiB/s, ` +
      `${result.rowsPerSecond.toLocaleString('en')} rows/s`);
    console.log(`          read+split of the same bytes: ${result.readSplitMiBPerSecond} MiB/s; load/read+split throughput ratio ${result.ratioToReadSplit}`);
    console.log(`  loop:   event loop delay while loading: p99 ${result.loopDelayMs.p99} ms, max ${result.loopDelayMs.max} ms`);
    console.log(`  memory: heapUsed ${result.heapUsedMiB.before} -> ${result.heapUsedMiB.after} MiB, rss ${result.rssMiB.before} -> ` +
      `${result.rssMiB.after} MiB (~${result.heapBytesPerRow} heap bytes per row)`);
    const transfer = result.transfer;
    console.log(`  transfer: one file's model back from a worker (${transfer.jsonMiB} MiB of JSON), on the main thread: ` +
      `JSON.parse ${transfer.mainThread.jsonParseMs} ms (a structured clone: ${transfer.mainThread.structuredCloneMs} ms); ` +
      `in the worker: JSON.stringify ${transfer.worker.jsonStringifyMs} ms (${transfer.worker.structuredCloneMs} ms); ` +
      `parsing it: ${transfer.parseMs} ms`);
  }
  console.log(JSON.stringify(results));
} finally {
  await rm(scratch, { recursive: true, force: true });
}
