/**
 * Library benchmark: cold load of a folder of 1,000 doc tables (copies of the real corpus in a temp folder),
 * parsed on the calling thread (`workers: 0`, how the library parsed before it had worker threads) and then by
 * the default pool of parser worker threads, with the main thread's event loop delay during each; memory at rest
 * after it, the way from a write to the updated snapshot (the page's side of a write is in browser.bench.ts), and
 * what passing bytes to a worker and a model back costs (structured clone, as postMessage does it).
 * Run: node bin/run-ts.mjs bench/library.bench.ts [FILES] [WRITES]
 * Prints a readable report and, last, one line of JSON.
 */
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { parseDocTable } from '../electron/core/parse.js';
import { createLibrary, defaultPoolSize, type DocLibrary } from '../electron/library/index.js';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import {
  CORPUS_DIR,
  corpusBytes,
  fileByName,
  makeTempDir,
  nextChange,
  removeTempDir,
} from '../electron/library/test-support.js';
import { gcSource, memoryAtRest } from './support/memory.js';
import { quantile, round } from './support/stats.js';

const FILE_COUNT = Number(process.argv[2] ?? 1000);
const WRITE_COUNT = Number(process.argv[3] ?? 20);
const FILES_PER_FOLDER = 100;

/** FILE_COUNT copies of the corpus renditions, round-robin, 100 per folder, extensions kept. */
async function corpusSources(): Promise<string[]> {
  const sources: string[] = [];
  for (const folder of ['seeds', 'real'] as const) {
    const names = (await readdir(path.join(CORPUS_DIR, folder))).sort();
    for (const name of names) sources.push(path.join(CORPUS_DIR, folder, name));
  }
  return sources;
}

async function buildFolder(root: string): Promise<number> {
  const sources = await corpusSources();
  const sizes = new Map<string, number>();
  for (const source of sources) sizes.set(source, (await stat(source)).size);
  let bytes = 0;
  for (let i = 0; i < FILE_COUNT; i++) {
    const source = sources[i % sources.length]!;
    const folder = path.join(root, `part-${String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0')}`);
    if (i % FILES_PER_FOLDER === 0) await mkdir(folder, { recursive: true });
    const target = path.join(folder, `${String(i).padStart(4, '0')}-${path.basename(source)}`);
    await copyFile(source, target);
    bytes += sizes.get(source)!;
  }
  return bytes;
}

/** The figures of a cold load by a library parsing on the calling thread, closed and dropped afterwards. */
async function inThreadLoad(root: string) {
  const inThread = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, workers: 0 });
  try {
    const { snapshot: _dropped, ...figures } = await coldLoad(inThread, root);
    return figures;
  } finally {
    await inThread.close();
  }
}

/** One cold load by a fresh library: time, and the main thread's event loop delay meanwhile. */
async function coldLoad(library: DocLibrary, root: string) {
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const started = performance.now();
  const snapshot = await library.open([root]);
  const loadMs = performance.now() - started;
  loopDelay.disable();
  return {
    snapshot,
    parser: library.stats().parseWorkers > 0 ? `${library.stats().parseWorkers} worker thread(s)` : 'calling thread',
    loadMs: round(loadMs, 0),
    msPerFile: round(loadMs / FILE_COUNT, 2),
    parses: library.stats().parses,
    eventLoopDelayMs: { p99: round(loopDelay.percentile(99) / 1e6), max: round(loopDelay.max / 1e6) },
  };
}

/**
 * What crossing a thread costs the main thread per file, on the corpus: the bytes to the worker (structured clone,
 * as postMessage does it: v8.serialize / v8.deserialize) and the model back as JSON text (JSON.parse, what the
 * pool does), against deserializing the model's structured clone (the alternative).
 */
async function transferCost() {
  let bytesTotal = 0;
  let modelBytes = 0;
  let sendMs = 0;
  let deserializeMs = 0;
  let jsonParseMs = 0;
  let parseMs = 0;
  const sources = await corpusSources();
  const rounds = 20;
  for (const source of sources) {
    const bytes = await readFile(source);
    const parseStart = performance.now();
    const model = parseDocTable(new TextDecoder().decode(bytes), { path: source });
    parseMs += performance.now() - parseStart;
    const serialized = v8.serialize(model);
    const json = JSON.stringify(model);
    bytesTotal += bytes.length;
    modelBytes += json.length;
    for (let i = 0; i < rounds; i++) {
      const a = performance.now();
      v8.deserialize(v8.serialize(bytes));
      const b = performance.now();
      v8.deserialize(serialized);
      const c = performance.now();
      JSON.parse(json);
      const d = performance.now();
      sendMs += (b - a) / rounds;
      deserializeMs += (c - b) / rounds;
      jsonParseMs += (d - c) / rounds;
    }
  }
  return {
    files: sources.length,
    bytesMiB: round(bytesTotal / 2 ** 20),
    modelJsonMiB: round(modelBytes / 2 ** 20),
    msPerFile: {
      parse: round(parseMs / sources.length),
      bytesCopy: round(sendMs / sources.length, 3),
      modelJsonParse: round(jsonParseMs / sources.length, 3),
      modelStructuredClone: round(deserializeMs / sources.length, 3),
    },
    mainThreadShareOfParse: round((sendMs + jsonParseMs) / parseMs, 3),
  };
}

const base = await makeTempDir('bench');
const root = path.join(base, 'docs');
const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
try {
  const corpusBytesTotal = await buildFolder(root);
  const transfer = await transferCost();

  const before = memoryAtRest();
  const workerLoad = await coldLoad(library, root);
  const loaded = workerLoad.snapshot;
  const after = memoryAtRest();

  // Write latency: one file rewritten with alternating content; from the write's completion to the change.
  const target = loaded.files[0]!;
  const contents = [await corpusBytes('real', 'zh-cn_3.12.3_html'), await corpusBytes('real', 'en_3.12.1_html')];
  const latencies: number[] = [];
  for (let i = 0; i < WRITE_COUNT; i++) {
    const content = contents[i % 2]!;
    const updated = nextChange(
      library,
      (s) => fileByName(s, target.relPath)?.size === content.length,
      `write ${i + 1}`,
    );
    await writeFile(target.path, content);
    const written = performance.now();
    await updated;
    latencies.push(performance.now() - written);
  }
  latencies.sort((a, b) => a - b);
  await library.close();

  // Before: the parser on the calling thread (a library dropped afterwards), for the event loop delay figures.
  const threadFigures = await inThreadLoad(root);

  const statuses = { ok: 0, warning: 0, error: 0 };
  for (const file of loaded.files) statuses[file.status]++;
  const { snapshot: _workers, ...workerFigures } = workerLoad;
  const result = {
    files: FILE_COUNT,
    listed: loaded.files.length,
    statuses,
    corpusMiB: round(corpusBytesTotal / 2 ** 20),
    workers: defaultPoolSize(),
    inThread: threadFigures,
    withWorkers: workerFigures,
    memoryBeforeOpen: before,
    memoryAfterOpen: after,
    gc: gcSource,
    writeToSnapshotMs: {
      writes: WRITE_COUNT,
      median: round(quantile(latencies, 0.5)),
      p95: round(quantile(latencies, 0.95)),
      max: round(latencies.at(-1)!),
    },
    transfer,
  };

  const write = result.writeToSnapshotMs;
  const folders = Math.ceil(FILE_COUNT / FILES_PER_FOLDER);
  console.log(`library benchmark (${FILE_COUNT} files in ${folders} folders, ${result.corpusMiB} MiB)`);
  for (const figures of [threadFigures, workerFigures]) {
    console.log(`  load, parser on ${figures.parser}: ${figures.loadMs} ms (${figures.msPerFile} ms/file), ${figures.parses} parses;` +
      ` event loop delay p99 ${figures.eventLoopDelayMs.p99} ms, max ${figures.eventLoopDelayMs.max} ms`);
  }
  console.log(`           listed ${result.listed}: ok ${statuses.ok} / warning ${statuses.warning} / error ${statuses.error}`);
  console.log(`  memory:  heapUsed ${before.heapUsedMiB} -> ${after.heapUsedMiB} MiB, rss ${before.rssMiB} -> ${after.rssMiB} MiB`);
  console.log(`           (after GC: ${gcSource})`);
  console.log(`  write -> updated snapshot, ${WRITE_COUNT} writes (debounce included):`);
  console.log(`           median ${write.median} ms, p95 ${write.p95} ms, max ${write.max} ms`);
  console.log(`  transfer, main thread, per corpus file: bytes out ${transfer.msPerFile.bytesCopy} ms, model back ` +
    `${transfer.msPerFile.modelJsonParse} ms (JSON; as a structured clone ${transfer.msPerFile.modelStructuredClone} ms), ` +
    `against ${transfer.msPerFile.parse} ms to parse (${transfer.modelJsonMiB} MiB of model JSON from ${transfer.bytesMiB} MiB of files)`);
  console.log(JSON.stringify(result));
} finally {
  await library.close();
  await removeTempDir(base);
}
