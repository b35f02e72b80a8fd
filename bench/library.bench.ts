/**
 * Library benchmark: cold load of a folder of 1,000 doc tables (copies of the real corpus in a temp folder),
 * memory at rest after it, then the way from a write to the updated snapshot (the page's side of a write is
 * in browser.bench.ts). Run: node bin/run-ts.mjs bench/library.bench.ts [FILES] [WRITES]
 * Prints a readable report and, last, one line of JSON.
 */
import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { createLibrary } from '../electron/library/index.js';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import {
  CORPUS_DIR,
  corpusBytes,
  countingParser,
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
async function buildFolder(root: string): Promise<number> {
  const sources: string[] = [];
  for (const folder of ['seeds', 'real'] as const) {
    const names = (await readdir(path.join(CORPUS_DIR, folder))).sort();
    for (const name of names) sources.push(path.join(CORPUS_DIR, folder, name));
  }
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

const base = await makeTempDir('bench');
const root = path.join(base, 'docs');
const parser = countingParser();
const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR, parse: parser.parse });
try {
  const corpusBytesTotal = await buildFolder(root);
  const before = memoryAtRest();

  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  const loadStart = performance.now();
  const loaded = await library.open([root]);
  const loadMs = performance.now() - loadStart;
  loopDelay.disable();
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

  const statuses = { ok: 0, warning: 0, error: 0 };
  for (const file of loaded.files) statuses[file.status]++;
  const result = {
    files: FILE_COUNT,
    listed: loaded.files.length,
    statuses,
    corpusMiB: round(corpusBytesTotal / 2 ** 20),
    loadMs: round(loadMs, 0),
    msPerFile: round(loadMs / FILE_COUNT, 2),
    parses: parser.total(),
    eventLoopDelayDuringLoadMs: { p99: round(loopDelay.percentile(99) / 1e6), max: round(loopDelay.max / 1e6) },
    memoryBeforeOpen: before,
    memoryAfterOpen: after,
    gc: gcSource,
    writeToSnapshotMs: {
      writes: WRITE_COUNT,
      median: round(quantile(latencies, 0.5)),
      p95: round(quantile(latencies, 0.95)),
      max: round(latencies.at(-1)!),
    },
  };

  const loop = result.eventLoopDelayDuringLoadMs;
  const write = result.writeToSnapshotMs;
  const folders = Math.ceil(FILE_COUNT / FILES_PER_FOLDER);
  console.log(`library benchmark (${FILE_COUNT} files in ${folders} folders, ${result.corpusMiB} MiB)`);
  console.log(`  load:    ${result.loadMs} ms (${result.msPerFile} ms/file), ${result.parses} parses`);
  console.log(`           listed ${result.listed}: ok ${statuses.ok} / warning ${statuses.warning} / error ${statuses.error}`);
  console.log(`  loop:    event loop delay while loading: p99 ${loop.p99} ms, max ${loop.max} ms`);
  console.log(`  memory:  heapUsed ${before.heapUsedMiB} -> ${after.heapUsedMiB} MiB, rss ${before.rssMiB} -> ${after.rssMiB} MiB`);
  console.log(`           (after GC: ${gcSource})`);
  console.log(`  write -> updated snapshot, ${WRITE_COUNT} writes (debounce included):`);
  console.log(`           median ${write.median} ms, p95 ${write.p95} ms, max ${write.max} ms`);
  console.log(JSON.stringify(result));
} finally {
  await library.close();
  await removeTempDir(base);
}
