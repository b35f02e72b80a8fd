/**
 * A whole documentation folder through the parser: every file of the shared corpus' trees/ (a sample of a full
 * Sphinx HTML build with its _sources/: one audit events page among ~100 other pages), read, decoded and parsed
 * as the library does for each file of an opened folder, next to just reading and decoding the same bytes.
 *
 *   node bin/run-ts.mjs bench/tree.bench.ts
 *
 * Prints the total time, the throughput, the ratio (read+decode+parse time / read+decode time: 1 would mean the
 * parser costs nothing), how many files were accepted as the audit page and how many were rejected, and the
 * slowest files. Without the corpus it says so and exits.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { decodeText } from '../electron/core/decode.js';
import { NotADocTableError } from '../electron/core/model.js';
import { parseDocTable } from '../electron/core/parse.js';
import { corpusPath, hasCorpus } from '../electron/core/test-support/corpus.js';
import { quantile } from './support/stats.js';

const MB = 1024 * 1024;
const RUNS = 7;

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

interface Outcome {
  accepted: string[];
  rejected: number;
  perFile: Map<string, number>;
}

function readAndDecode(files: readonly string[]): number {
  let chars = 0;
  for (const file of files) chars += decodeText(readFileSync(file)).text.length;
  return chars;
}

function readDecodeAndParse(files: readonly string[], timeEach: boolean): Outcome {
  const outcome: Outcome = { accepted: [], rejected: 0, perFile: new Map() };
  for (const file of files) {
    const before = timeEach ? performance.now() : 0;
    const decoded = decodeText(readFileSync(file));
    try {
      if (decoded.encoding !== 'binary') {
        parseDocTable(decoded.text, { path: file });
        outcome.accepted.push(file);
      } else {
        outcome.rejected++;
      }
    } catch (error) {
      if (!(error instanceof NotADocTableError)) throw error;
      outcome.rejected++;
    }
    if (timeEach) outcome.perFile.set(file, performance.now() - before);
  }
  return outcome;
}

/** Median milliseconds of RUNS runs (after a warm-up), each after a full GC when one is exposed. */
function medianMs(work: () => void): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  work();
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    gc?.();
    const before = performance.now();
    work();
    samples.push(performance.now() - before);
  }
  return quantile(samples.sort((a, b) => a - b), 0.5);
}

function main(): void {
  if (!hasCorpus) {
    console.log('No shared corpus (set DOCTABLE_CORPUS): nothing to measure.');
    return;
  }
  const root = corpusPath('trees');
  for (const tree of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const files = filesUnder(path.join(root, tree.name)).sort();
    const bytes = files.reduce((sum, file) => sum + readFileSync(file).length, 0);
    const readMs = medianMs(() => readAndDecode(files));
    const parseMs = medianMs(() => readDecodeAndParse(files, false));
    const outcome = readDecodeAndParse(files, true);
    const megabytes = bytes / MB;
    console.log(`${tree.name}: ${files.length} files, ${megabytes.toFixed(2)} MB (median of ${RUNS} runs)`);
    console.log(`  read+decode        ${readMs.toFixed(1).padStart(8)} ms  ${(megabytes / (readMs / 1000)).toFixed(1).padStart(7)} MB/s`);
    console.log(`  read+decode+parse  ${parseMs.toFixed(1).padStart(8)} ms  ${(megabytes / (parseMs / 1000)).toFixed(1).padStart(7)} MB/s`);
    console.log(`  ratio (parse run / read+decode run): ${(parseMs / readMs).toFixed(2)}`);
    console.log(`  accepted as the audit events page: ${outcome.accepted.length} (${outcome.accepted.map((file) => path.relative(path.join(root, tree.name), file)).join(', ')})`);
    console.log(`  rejected: ${outcome.rejected}`);
    const slowest = [...outcome.perFile].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`  slowest: ${slowest.map(([file, ms]) => `${path.basename(file)} ${ms.toFixed(1)} ms`).join(', ')}`);
  }
}

main();
