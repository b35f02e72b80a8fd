/**
 * Parse throughput per format, next to the cost of merely reading the same bytes and splitting them into lines.
 *
 *   node bin/run-ts.mjs bench/parse.bench.ts
 *
 * Part 1 times real renditions (the shared corpus, else synthetic ones) against a plain read and line split of the
 * same bytes (the ratio is parse throughput / read+split throughput); part 2 times synthetic tables of n and 4n
 * rows per format, whose time ratio should stay near 4 (linear parsing).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeText } from '../electron/core/decode.js';
import { detectFormat } from '../electron/core/detect.js';
import { parseDocTable } from '../electron/core/parse.js';
import { corpusPath, hasCorpus } from '../electron/core/test-support/corpus.js';
import {
  gfmMarkdown,
  knownRows,
  sphinx18Html,
  sphinxGrid,
  tabSeparatedCopy,
  type SampleRow,
} from '../electron/core/test-support/render.js';
import { quantile } from './support/stats.js';

const MIN_SECONDS = 0.4;
const HEADERS = ['Audit event', 'Arguments', 'References'];
const MB = 1024 * 1024;

/**
 * Seconds one run of `work` takes: the fastest of the runs made in MIN_SECONDS (at least 3, after a warm-up),
 * which is the least disturbed by other processes sharing the machine.
 */
function secondsPerRun(work: () => void): number {
  work();
  let fastest = Infinity;
  const start = process.hrtime.bigint();
  for (let runs = 0; runs < 3 || Number(process.hrtime.bigint() - start) / 1e9 < MIN_SECONDS; runs++) {
    const before = process.hrtime.bigint();
    work();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - before) / 1e9);
  }
  return fastest;
}

/**
 * Seconds one run of `work` takes at scale: the median of `runs` runs, each after a full GC when one is exposed
 * (run-all passes --expose-gc), so that a large run does not pay for the garbage of the one before it and small
 * and large inputs are timed alike.
 */
function medianSecondsPerRun(work: () => void, runs = 5): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  work();
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) {
    gc?.();
    const before = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - before) / 1e9);
  }
  return quantile(samples.sort((a, b) => a - b), 0.5);
}

function readAndSplit(file: string): void {
  const lines = new TextDecoder().decode(readFileSync(file)).split('\n');
  if (lines.length === 0) throw new Error('unreachable');
}

function readAndParse(file: string): void {
  parseDocTable(decodeText(readFileSync(file)).text, { path: file });
}

interface Sample {
  name: string;
  file: string;
}

function realSamples(scratch: string): Sample[] {
  if (hasCorpus) {
    return ['seeds', 'real'].flatMap((folder) =>
      readdirSync(corpusPath(folder)).map((name) => ({ name: `${folder}/${name}`, file: corpusPath(`${folder}/${name}`) })),
    );
  }
  const synthetic: Array<[string, string]> = [
    ['html.html', sphinx18Html(knownRows('3.8.0'))],
    ['markdown.md', gfmMarkdown(knownRows('3.12.4'), { outerPipes: true, pad: true })],
    ['browser.txt', tabSeparatedCopy(knownRows('3.12.4'), knownRows('3.12.4', 'internal'))],
    ['grid.txt', `Audit events table\n******************\n\n${sphinxGrid(HEADERS, knownRows('3.12.4'), [32, 55, 15])}\n`],
  ];
  return synthetic.map(([name, text]) => {
    const file = path.join(scratch, name);
    writeFileSync(file, text);
    return { name: `synthetic/${name}`, file };
  });
}

function syntheticRows(count: number): SampleRow[] {
  return Array.from({ length: count }, (_, i) => ({
    event: `module${i}.function_${i}`,
    args: ['path', 'mode', `flag_${i % 7}`],
    refs: [`module${i}.html#function_${i}`],
  }));
}

const SCALED: Array<[string, (rows: SampleRow[]) => string]> = [
  ['html', (rows) => sphinx18Html(rows)],
  ['markdown', (rows) => gfmMarkdown(rows, { outerPipes: true, pad: false })],
  ['browser-text', (rows) => tabSeparatedCopy(rows, [])],
  ['sphinx-text', (rows) => `Audit events table\n******************\n\n${sphinxGrid(HEADERS, rows, [32, 40, 15])}\n`],
  [
    'sphinx-text-collapsed',
    (rows) => `Audit events table ****************** ${sphinxGrid(HEADERS, rows, [32, 40, 15]).replace(/\n/g, ' ')}`,
  ],
];

/** One line of a table: each cell right-aligned in its width (negative width: left-aligned). */
function line(cells: ReadonlyArray<string | number>, widths: readonly number[]): string {
  return cells
    .map((cell, i) => (widths[i]! < 0 ? String(cell).padEnd(-widths[i]!) : String(cell).padStart(widths[i]!)))
    .join(' ');
}

const mbPerSecond = (bytes: number, seconds: number): string => (bytes / MB / seconds).toFixed(1);

function realRenditions(scratch: string): void {
  console.log(`Part 1: real renditions${hasCorpus ? ' (shared corpus)' : ' (synthetic: no corpus found)'}`);
  const widths = [-22, -44, 6, 11, 16, 6];
  console.log(line(['format', 'file', 'KB', 'parse MB/s', 'read+split MB/s', 'ratio'], widths));
  const perFormat = new Map<string, { bytes: number; parse: number; split: number }>();
  for (const sample of realSamples(scratch)) {
    const bytes = readFileSync(sample.file).length;
    const format = detectFormat(decodeText(readFileSync(sample.file)).text.replace(/\r\n?/g, '\n'));
    const parse = secondsPerRun(() => readAndParse(sample.file));
    const split = secondsPerRun(() => readAndSplit(sample.file));
    const total = perFormat.get(format) ?? { bytes: 0, parse: 0, split: 0 };
    perFormat.set(format, { bytes: total.bytes + bytes, parse: total.parse + parse, split: total.split + split });
    const cells = [format, sample.name.slice(0, 44), (bytes / 1024).toFixed(0), mbPerSecond(bytes, parse)];
    console.log(line([...cells, mbPerSecond(bytes, split), (split / parse).toFixed(3)], widths));
  }
  console.log('\nPer format (all its files together; ratio = parse throughput / read+split throughput):');
  for (const [format, total] of perFormat) {
    const parse = `parse ${mbPerSecond(total.bytes, total.parse).padStart(6)} MB/s`;
    const split = `read+split ${mbPerSecond(total.bytes, total.split).padStart(7)} MB/s`;
    console.log(`${format.padEnd(22)} ${parse}   ${split}   ratio ${(total.split / total.parse).toFixed(3)}`);
  }
}

function linearGrowth(scratch: string): void {
  console.log('\nPart 2: linear growth (synthetic tables of n and 4n rows; median of 5 runs, GC before each)');
  const widths = [-22, 6, 6, 8, 6, 8, 7];
  console.log(line(['format', 'n', 'MB', 'ms', '4n MB', '4n ms', 'time ×'], widths));
  const n = 5000;
  for (const [format, render] of SCALED) {
    const small = path.join(scratch, `${format}-small`);
    const large = path.join(scratch, `${format}-large`);
    writeFileSync(small, render(syntheticRows(n)));
    writeFileSync(large, render(syntheticRows(4 * n)));
    const detected = detectFormat(readFileSync(large, 'utf8'));
    if (detected !== format) throw new Error(`${format} rendition read as ${detected}`);
    const smallSeconds = medianSecondsPerRun(() => readAndParse(small));
    const largeSeconds = medianSecondsPerRun(() => readAndParse(large));
    const megabytes = (file: string): string => (readFileSync(file).length / MB).toFixed(2);
    const milliseconds = (seconds: number): string => (seconds * 1000).toFixed(1);
    const cells = [format, n, megabytes(small), milliseconds(smallSeconds), megabytes(large), milliseconds(largeSeconds)];
    console.log(line([...cells, (largeSeconds / smallSeconds).toFixed(2)], widths));
  }
}

function main(): void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'doctable-bench-'));
  try {
    realRenditions(scratch);
    linearGrowth(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

main();
