/**
 * A whole documentation folder opened by the real library: the shared corpus' trees/ sample of a full Sphinx HTML
 * build (one audit events page among ~100 other pages), and a bigger tree made of copies of its pages under
 * different folders (about the 600 files / 40 MB of the full build).
 *
 *   node bin/run-ts.mjs bench/library-tree.bench.ts [COPIES]
 *
 * For each tree: ms from open() to the first snapshot showing an audit page, ms to the end of the load, both as a
 * ratio to reading every byte of the tree (readFile of each file, one after another), what was shown and skipped;
 * the CPU the load cost the process (all threads) and the library's thread alone (event loop busy time), which on a
 * shared machine say more than wall time; then where the time goes per step, on this thread: reading, copying the
 * bytes as postMessage does (to a parser worker), the byte-level pre-check (prejudge.ts), decoding, parsing. Figures are medians of a few runs, each with a fresh library. Prints a readable
 * report and, last, one line of JSON. Without the corpus it says so and exits.
 */
import { copyFile, mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { decodeText } from '../electron/core/decode.js';
import { NotADocTableError } from '../electron/core/model.js';
import { parseDocTable } from '../electron/core/parse.js';
import { createLibrary } from '../electron/library/index.js';
import { prejudge } from '../electron/library/prejudge.js';
import { readSource } from '../electron/library/read-source.js';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import { CORPUS_DIR, makeTempDir, removeTempDir } from '../electron/library/test-support.js';
import type { LibrarySnapshot } from '../electron/shared/library-types.js';
import { quantile, round } from './support/stats.js';

const RUNS = 5;
const COPIES = Number(process.argv[2] ?? 7);
const AUDIT_PAGE = /(^|\/)library\/audit_events\.html$/;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

function median(samples: number[]): number {
  return quantile([...samples].sort((a, b) => a - b), 0.5);
}

/** Reading every byte of the tree, one file after another: the floor any load stands on. */
async function readEveryByte(files: readonly string[]): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  const started = performance.now();
  for (const file of files) bytes += (await readFile(file)).length;
  return { ms: performance.now() - started, bytes };
}

const shown = (snapshot: LibrarySnapshot): number => snapshot.files.filter((file) => AUDIT_PAGE.test(file.relPath)).length;

/** One open by a fresh library (default worker pool): ms to the first snapshot with an audit page, and to the end. */
async function openOnce(root: string) {
  const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
  let firstAuditMs: number | null = null;
  let started = 0;
  let progressChanges = 0;
  const unsubscribe = library.subscribe((change) => {
    const snapshot = library.snapshot();
    if ('loading' in change) progressChanges++;
    if (firstAuditMs === null && shown(snapshot) > 0) firstAuditMs = performance.now() - started;
  });
  try {
    const cpuBefore = process.cpuUsage();
    const loopBefore = performance.eventLoopUtilization();
    started = performance.now();
    const snapshot = await library.open([root]);
    const loadMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const mainBusyMs = performance.eventLoopUtilization(loopBefore).active;
    firstAuditMs ??= shown(snapshot) > 0 ? loadMs : Number.NaN;
    const summary = (snapshot as { skipped?: { count: number; reasons: Record<string, number> } }).skipped;
    const skipped = summary ? { count: summary.count, reasons: summary.reasons } : null;
    return { firstAuditMs, loadMs, cpuMs, mainBusyMs, snapshot, skipped, progressChanges, stats: library.stats() };
  } finally {
    unsubscribe();
    await library.close();
  }
}

/**
 * The library's own cost: a load whose parser refuses every page at once (on this thread, as a cheap pre-check
 * would): scanning, reading, decoding, recording, publishing.
 */
async function refusingLoadMs(root: string): Promise<number> {
  const library = createLibrary({
    samplesDir: BUNDLED_SAMPLES_DIR,
    parse: () => {
      throw new NotADocTableError('refused by the benchmark');
    },
  });
  try {
    const started = performance.now();
    await library.open([root]);
    return performance.now() - started;
  } finally {
    await library.close();
  }
}

/** Where the time goes per step for the same files, on this thread (no pool): what the library does per file. */
async function steps(files: readonly string[]) {
  const ms = { read: 0, copyToWorker: 0, prejudge: 0, decode: 0, parse: 0 };
  let accepted = 0;
  let prejudged = 0;
  for (const file of files) {
    let t = performance.now();
    const outcome = await readSource(file, MAX_FILE_BYTES);
    ms.read += performance.now() - t;
    if (outcome.kind !== 'bytes') continue;
    t = performance.now();
    v8.deserialize(v8.serialize(outcome.bytes));
    ms.copyToWorker += performance.now() - t;
    t = performance.now();
    const early = prejudge(outcome.bytes, file);
    ms.prejudge += performance.now() - t;
    if (early) {
      prejudged++;
      continue;
    }
    t = performance.now();
    const decoded = decodeText(outcome.bytes);
    ms.decode += performance.now() - t;
    if (decoded.encoding === 'binary') continue;
    t = performance.now();
    try {
      parseDocTable(decoded.text, { path: file });
      accepted++;
    } catch {
      // Not a doc table: what most pages of a docs build are.
    }
    ms.parse += performance.now() - t;
  }
  return { accepted, prejudged, ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, round(v, 1)])) };
}

async function measure(label: string, root: string) {
  const files = await filesUnder(root);
  const reads: number[] = [];
  let bytes = 0;
  await readEveryByte(files);
  for (let run = 0; run < RUNS; run++) {
    const read = await readEveryByte(files);
    reads.push(read.ms);
    bytes = read.bytes;
  }
  await openOnce(root);
  const opens = [];
  for (let run = 0; run < RUNS; run++) opens.push(await openOnce(root));
  await refusingLoadMs(root);
  const refusing: number[] = [];
  for (let run = 0; run < RUNS; run++) refusing.push(await refusingLoadMs(root));
  const readMs = median(reads);
  const firstAuditMs = median(opens.map((o) => o.firstAuditMs));
  const loadMs = median(opens.map((o) => o.loadMs));
  const last = opens.at(-1)!;
  const perStep = await steps(files);
  const result = {
    tree: label,
    files: files.length,
    MiB: round(bytes / 2 ** 20, 1),
    readEveryByteMs: round(readMs, 0),
    firstAuditSnapshotMs: round(firstAuditMs, 0),
    loadMs: round(loadMs, 0),
    ratioFirstAuditToRead: round(firstAuditMs / readMs, 1),
    ratioLoadToRead: round(loadMs / readMs, 1),
    loadCpuMs: round(median(opens.map((o) => o.cpuMs)), 0),
    libraryThreadBusyMs: round(median(opens.map((o) => o.mainBusyMs)), 0),
    refusingParserLoadMs: round(median(refusing), 0),
    ratioRefusingLoadToRead: round(median(refusing) / readMs, 1),
    shown: last.snapshot.files.length,
    auditPagesShown: shown(last.snapshot),
    skipped: last.skipped,
    progressChanges: last.progressChanges,
    reads: last.stats.reads,
    parses: last.stats.parses,
    stepsOnThisThreadMs: perStep.ms,
    parserAccepted: perStep.accepted,
    prejudged: perStep.prejudged,
  };
  console.log(`\n${label}: ${result.files} files, ${result.MiB} MiB`);
  console.log(`  reading every byte     ${result.readEveryByteMs} ms`);
  console.log(`  first audit snapshot   ${result.firstAuditSnapshotMs} ms  (× ${result.ratioFirstAuditToRead} reading)`);
  console.log(`  whole load             ${result.loadMs} ms  (× ${result.ratioLoadToRead} reading)`);
  console.log(`  CPU of the load        ${result.loadCpuMs} ms, all threads; the library's thread busy ${result.libraryThreadBusyMs} ms`);
  console.log(`  library's own cost      ${result.refusingParserLoadMs} ms  (× ${result.ratioRefusingLoadToRead} reading; every page refused at once)`);
  console.log(`  shown ${result.shown} (audit pages ${result.auditPagesShown}), skipped ${JSON.stringify(result.skipped)}`);
  console.log(`  library reads ${result.reads}, parses ${result.parses}, progress changes ${result.progressChanges}`);
  console.log(`  per step on one thread (ms): ${JSON.stringify(result.stepsOnThisThreadMs)}; decided by prejudge ${result.prejudged}, parser accepted ${result.parserAccepted}`);
  return result;
}

/** COPIES copies of the tree's pages, each under its own folder: a docs build of the full one's size. */
async function biggerTree(source: string, target: string): Promise<void> {
  const files = await filesUnder(source);
  for (let copy = 0; copy < COPIES; copy++) {
    for (const file of files) {
      const destination = path.join(target, `copy-${copy}`, path.relative(source, file));
      await mkdir(path.dirname(destination), { recursive: true });
      await copyFile(file, destination);
    }
  }
}

const treesDir = path.join(CORPUS_DIR, 'trees');
const treeName = (await readdir(treesDir).catch(() => [] as string[])).find((name) => name.includes('html-build'));
if (!treeName) {
  console.log('No shared corpus tree (trees/*html-build*): nothing to measure.');
} else {
  const tree = path.join(treesDir, treeName);
  const base = await makeTempDir('tree-bench');
  try {
    const small = await measure('shared tree', tree);
    const big = path.join(base, 'docs');
    await biggerTree(tree, big);
    const large = await measure(`${COPIES} copies of the tree`, big);
    console.log(JSON.stringify({ small, large }));
  } finally {
    await removeTempDir(base);
  }
}
