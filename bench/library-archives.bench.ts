/**
 * Archives benchmark: the shared sample of a full HTML docs build (../shared/corpus/trees/, 97 files) loaded by
 * the library loose and as archives of each kind (zip, tar.gz, tar.xz, tar.bz2), cold, by a fresh library each
 * time (default parser workers): the median load time and its ratio to the loose tree. Also the reader alone
 * (readArchive: decompression and tar/zip framing, no parsing) against reading the loose files' bytes, and the
 * worst event loop delay during the loads (the library's thread: decompression and parsing both run in the parser
 * workers now; the reader-alone figures run on this thread).
 * Run: node bin/run-ts.mjs bench/library-archives.bench.ts [RUNS]
 * Prints a readable report and, last, one line of JSON.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DEFAULT_ARCHIVE_LIMITS } from '../electron/library/archive/archive-budget.js';
import { archiveFolder, sharedTree, type SystemArchiveKind } from '../electron/library/archive/archive-test-support.js';
import { readArchive } from '../electron/library/archive/read-archive.js';
import { createLibrary, DEFAULT_MAX_FILE_BYTES } from '../electron/library/index.js';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import { makeTempDir, removeTempDir } from '../electron/library/test-support.js';
import { quantile, round } from './support/stats.js';

const RUNS = Number(process.argv[2] ?? 5);
const KINDS: SystemArchiveKind[] = ['zip', 'tar.gz', 'tar.xz', 'tar.bz2'];

/** Median time of `runs` calls, and the worst event loop delay of this thread meanwhile. */
async function timed(runs: number, once: () => Promise<unknown>): Promise<{ ms: number; maxLoopDelayMs: number }> {
  const times: number[] = [];
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  loopDelay.disable();
  return { ms: quantile([...times].sort((a, b) => a - b), 0.5), maxLoopDelayMs: round(loopDelay.max / 1e6, 0) };
}

async function libraryLoad(target: string): Promise<number> {
  const library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
  try {
    const snapshot = await library.open([target]);
    if (!snapshot.files.some((file) => file.relPath.endsWith('library/audit_events.html'))) {
      throw new Error(`No audit page listed from ${target}`);
    }
    return snapshot.files.length;
  } finally {
    await library.close();
  }
}

async function readLooseBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) bytes += (await readFile(path.join(entry.parentPath, entry.name))).length;
  }
  return bytes;
}

const tree = sharedTree();
const base = await makeTempDir('bench-archives');
try {
  const looseBytes = await readLooseBytes(tree);
  const looseLoad = await timed(RUNS, () => libraryLoad(tree));
  const looseLoadMs = looseLoad.ms;
  const looseReadMs = (await timed(RUNS, () => readLooseBytes(tree))).ms;
  const kinds: Record<string, unknown> = {};
  for (const kind of KINDS) {
    const archive = archiveFolder(tree, path.join(base, `docs.${kind}`), kind);
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxMemberBytes: DEFAULT_MAX_FILE_BYTES };
    const load = await timed(RUNS, () => libraryLoad(archive));
    const loadMs = load.ms;
    const readMs = (await timed(RUNS, () => readArchive(archive, limits, async () => undefined))).ms;
    kinds[kind] = {
      archiveMiB: round((await stat(archive)).size / 2 ** 20),
      loadMs: round(loadMs, 0),
      loadRatioToLoose: round(loadMs / looseLoadMs),
      maxLoopDelayMs: load.maxLoopDelayMs,
      readerMs: round(readMs, 0),
      readerRatioToLooseRead: round(readMs / looseReadMs, 1),
    };
  }
  const result = {
    tree: path.basename(tree),
    runs: RUNS,
    loose: {
      MiB: round(looseBytes / 2 ** 20),
      loadMs: round(looseLoadMs, 0),
      maxLoopDelayMs: looseLoad.maxLoopDelayMs,
      readBytesMs: round(looseReadMs, 0),
    },
    archives: kinds,
  };
  console.log(`Shared tree ${result.tree} (${result.loose.MiB} MiB), median of ${RUNS} cold loads by a fresh library:`);
  console.log(
    `  loose folder: ${result.loose.loadMs} ms, event loop delay at most ${result.loose.maxLoopDelayMs} ms ` +
      `(reading its bytes alone: ${result.loose.readBytesMs} ms)`,
  );
  for (const [kind, figures] of Object.entries(kinds)) {
    const f = figures as {
      archiveMiB: number;
      loadMs: number;
      loadRatioToLoose: number;
      maxLoopDelayMs: number;
      readerMs: number;
      readerRatioToLooseRead: number;
    };
    console.log(
      `  .${kind} (${f.archiveMiB} MiB): ${f.loadMs} ms = ${f.loadRatioToLoose} × loose, event loop delay at most ` +
        `${f.maxLoopDelayMs} ms; ` +
        `reader alone ${f.readerMs} ms = ${f.readerRatioToLooseRead} × reading the loose bytes`,
    );
  }
  console.log(JSON.stringify(result));
} finally {
  await removeTempDir(base);
}
