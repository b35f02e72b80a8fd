/**
 * Archives benchmark: the shared sample of a full HTML docs build (../shared/corpus/trees/, 97 files) loaded by
 * the library loose and as archives of each kind (zip, tar.gz, tar.xz, tar.bz2), cold, by a fresh library each
 * time (default parser workers): the median load time and its ratio to the loose tree. Also the reader alone
 * (readArchive: decompression and tar/zip framing, no parsing) against reading the loose files' bytes.
 * Run: node bin/run-ts.mjs bench/library-archives.bench.ts [RUNS]
 * Prints a readable report and, last, one line of JSON.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_ARCHIVE_LIMITS } from '../electron/library/archive/archive-budget.js';
import { archiveFolder, sharedTree, type SystemArchiveKind } from '../electron/library/archive/archive-test-support.js';
import { readArchive } from '../electron/library/archive/read-archive.js';
import { createLibrary, DEFAULT_MAX_FILE_BYTES } from '../electron/library/index.js';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import { makeTempDir, removeTempDir } from '../electron/library/test-support.js';
import { quantile, round } from './support/stats.js';

const RUNS = Number(process.argv[2] ?? 5);
const KINDS: SystemArchiveKind[] = ['zip', 'tar.gz', 'tar.xz', 'tar.bz2'];

async function median(runs: number, once: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  return quantile([...times].sort((a, b) => a - b), 0.5);
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
  const looseLoadMs = await median(RUNS, () => libraryLoad(tree));
  const looseReadMs = await median(RUNS, () => readLooseBytes(tree));
  const kinds: Record<string, unknown> = {};
  for (const kind of KINDS) {
    const archive = archiveFolder(tree, path.join(base, `docs.${kind}`), kind);
    const limits = { ...DEFAULT_ARCHIVE_LIMITS, maxMemberBytes: DEFAULT_MAX_FILE_BYTES };
    const loadMs = await median(RUNS, () => libraryLoad(archive));
    const readMs = await median(RUNS, () => readArchive(archive, limits, async () => undefined));
    kinds[kind] = {
      archiveMiB: round((await stat(archive)).size / 2 ** 20),
      loadMs: round(loadMs, 0),
      loadRatioToLoose: round(loadMs / looseLoadMs),
      readerMs: round(readMs, 0),
      readerRatioToLooseRead: round(readMs / looseReadMs, 1),
    };
  }
  const result = {
    tree: path.basename(tree),
    runs: RUNS,
    loose: { MiB: round(looseBytes / 2 ** 20), loadMs: round(looseLoadMs, 0), readBytesMs: round(looseReadMs, 0) },
    archives: kinds,
  };
  console.log(`Shared tree ${result.tree} (${result.loose.MiB} MiB), median of ${RUNS} cold loads by a fresh library:`);
  console.log(`  loose folder: ${result.loose.loadMs} ms (reading its bytes alone: ${result.loose.readBytesMs} ms)`);
  for (const [kind, figures] of Object.entries(kinds)) {
    const f = figures as { archiveMiB: number; loadMs: number; loadRatioToLoose: number; readerMs: number; readerRatioToLooseRead: number };
    console.log(
      `  .${kind} (${f.archiveMiB} MiB): ${f.loadMs} ms = ${f.loadRatioToLoose} × loose; ` +
        `reader alone ${f.readerMs} ms = ${f.readerRatioToLooseRead} × reading the loose bytes`,
    );
  }
  console.log(JSON.stringify(result));
} finally {
  await removeTempDir(base);
}
