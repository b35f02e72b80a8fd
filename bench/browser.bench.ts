/**
 * The renderer in Chromium, through the serve host (`startServeHost`, the code behind `doctable serve`):
 *   1. bundle size of the renderer build (raw and gzip);
 *   2. time to first table on the bundled samples (navigation start → first grid row), cold (a fresh context) and
 *      when the same tab is reloaded (its renderer process keeps the bundle compiled);
 *   3. write-to-screen latency of a watched folder of real files (a file rewritten, a file added);
 *   4. at 100,000 rows (a synthetic folder): time to first table (cold and reloaded), page heap, filter latency per keystroke (per-file
 *      rows and the by-event view), frame times while scrolling, and write-to-screen latency.
 * Figures only: nothing here asserts a time. Everything it starts (browser, hosts, temp folders) is closed.
 *
 *   node --expose-gc bin/run-ts.mjs bench/browser.bench.ts      (or `npm run bench -- browser`)
 *   DOCTABLE_BENCH_RENDERER_DIR=dist/renderer ...                  measures that build instead of building one
 *   … bench/browser.bench.ts large                                 only part 4 (also: samples, watched)
 *   … bench/browser.bench.ts first-large                           only part 4's time to first table
 *   DOCTABLE_BENCH_LARGE_SHAPE=500x200 ...                         part 4's rows as 500 files × 200 (default 10x10000)
 */
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { corpusPath, hasCorpus } from '../electron/core/test-support/corpus.js';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import { startServeHost, type ServeHost } from '../electron/serve/index.js';
import { chromiumAvailable, CHROMIUM_PATH, freshPage, launchChromium } from './browser/chromium.js';
import { eventFilterLatency, filterLatency, pageHeapMiB, scrollFrames, type TypingFigures } from './browser/filter-scroll.js';
import { timeToFirstTable, timeToFirstTableReloaded, type FirstTableFigures, type ReloadFigures } from './browser/first-table.js';
import { assetSizes, buildRenderer } from './browser/renderer-build.js';
import { PROBE_FILE, PROBE_PREFIX, probePage, writeToScreen, type WatchFigures } from './browser/watch-latency.js';
import { describe, kib, round, type Summary } from './support/stats.js';
import { writeSyntheticFolder } from './support/synthetic.js';

// DOCTABLE_BENCH_LARGE_SHAPE=500x200 spreads the rows over more, smaller files (a real page holds ~190 events).
const [LARGE_FILES, LARGE_ROWS] = (process.env.DOCTABLE_BENCH_LARGE_SHAPE ?? '10x10000').split('x').map(Number);
const LARGE = { files: LARGE_FILES || 10, rowsPerFile: LARGE_ROWS || 10_000 };
const SAMPLE_LOADS = 5;
// DOCTABLE_BENCH_LARGE_LOADS=7 takes more cold loads at 100,000 rows (the default 3 keeps `npm run bench` short).
const LARGE_LOADS = Number(process.env.DOCTABLE_BENCH_LARGE_LOADS) || 3;
// Warm starts: tabs loaded once, then reloaded this many times each.
const RELOAD_TABS = 3;
const RELOADS = 3;
const WRITES = 10;
const LARGE_WRITES = 5;

const results: Record<string, unknown> = {};

async function withHost<T>(staticRoot: string, paths: string[], work: (host: ServeHost) => Promise<T>): Promise<T> {
  const host = await startServeHost({ paths, staticRoot, samplesDir: BUNDLED_SAMPLES_DIR });
  try {
    return await work(host);
  } finally {
    await host.close();
  }
}

/**
 * The renderer to measure: built from the sources now (as scripts/build.mjs does), or the build that
 * DOCTABLE_BENCH_RENDERER_DIR points at (to measure a given build, e.g. a release's).
 */
async function bundle(outDir: string): Promise<string> {
  const given = process.env.DOCTABLE_BENCH_RENDERER_DIR;
  const build = given ? { dir: path.resolve(given), seconds: 0 } : await buildRenderer(outDir);
  const sizes = await assetSizes(build.dir);
  const how = given ? `the build in ${build.dir}` : `vite build, ${build.seconds.toFixed(1)} s`;
  console.log(`1. Renderer bundle (${how}; source maps left out)`);
  for (const asset of sizes) console.log(`   ${asset.file.padEnd(40)} ${kib(asset.bytes).padStart(10)}   gzip ${kib(asset.gzipBytes).padStart(9)}`);
  // The Compare view is a lazy chunk: what the first table needs is the rest.
  const lazy = (file: string) => /CompareView/.test(file);
  const sum = (list: typeof sizes, key: 'bytes' | 'gzipBytes') => list.reduce((total, asset) => total + asset[key], 0);
  const startup = sizes.filter((asset) => !lazy(asset.file));
  console.log(`   total ${kib(sum(sizes, 'bytes'))}, gzip ${kib(sum(sizes, 'gzipBytes'))}; ` +
    `loaded at startup (without the lazy Compare view) gzip ${kib(sum(startup, 'gzipBytes'))}`);
  results.bundle = {
    totalKiB: round(sum(sizes, 'bytes') / 1024),
    gzipKiB: round(sum(sizes, 'gzipBytes') / 1024),
    startupGzipKiB: round(sum(startup, 'gzipBytes') / 1024),
    assets: sizes,
  };
  return build.dir;
}

function printFirstTable(figures: FirstTableFigures): void {
  console.log(`   first row in the DOM:      ${describe(figures.rowInDom)}`);
  console.log(`   first row painted:         ${describe(figures.rowPainted)}`);
  console.log(`   whole library painted:     ${describe(figures.wholePainted)}`);
  console.log(`   (DOMContentLoaded ${figures.domContentLoaded.median.toFixed(0)} ms, first contentful paint ${figures.firstContentfulPaint.median.toFixed(0)} ms: medians)`);
  const at = (summary: Summary) => `${summary.median.toFixed(0)} ms`;
  console.log(`   (GET /api/snapshot, medians: asked at ${at(figures.snapshotRequested)}, first byte ${at(figures.snapshotFirstByte)}, ` +
    `last byte ${at(figures.snapshotLastByte)}, ${kib(figures.snapshotTransferBytes.median)} on the wire; ` +
    `first file parsed ${at(figures.snapshotFirstFile)}, decoded to text ${at(figures.snapshotDecoded)}, parsed ${at(figures.snapshotParsed)})`);
}

function printReloads(figures: ReloadFigures, cold: FirstTableFigures): void {
  const medians = (summaries: Summary[]) => summaries.map((summary) => summary.median.toFixed(0)).join(' / ');
  const ratios = figures.rowPainted.map((summary) => (summary.median / cold.rowPainted.median).toFixed(2)).join(' / ');
  console.log(`   reloaded in the same tab (${figures.tabs} tabs; reload 1 / 2 / …, medians): first row painted ${medians(figures.rowPainted)} ms` +
    ` (${ratios} of a cold load; DOMContentLoaded ${medians(figures.domContentLoaded)} ms)`);
}

function printWatch(figures: WatchFigures, what: string): void {
  console.log(`   ${what} (clock offset known to ±${figures.clockUncertaintyMs.toFixed(1)} ms):`);
  console.log(`     row changed, in DOM:     ${describe(figures.changedRow.inDom)}`);
  console.log(`     row changed, painted:    ${describe(figures.changedRow.painted)}`);
  if (figures.newFile) {
    console.log(`     file added, in Sources:  ${describe(figures.newFile.inDom)}`);
    console.log(`     file added, painted:     ${describe(figures.newFile.painted)}`);
  }
}

/** A copy of the real corpus (else the bundled samples) with the watch probe file beside it. */
async function realFolder(root: string): Promise<{ dir: string; template: { bytes: Buffer; extension: string } }> {
  const dir = path.join(root, 'real');
  await mkdir(dir, { recursive: true });
  const sources = hasCorpus ? [corpusPath('seeds'), corpusPath('real')] : [BUNDLED_SAMPLES_DIR];
  for (const source of sources) await cp(source, dir, { recursive: true });
  await writeFile(path.join(dir, PROBE_FILE), probePage(`${PROBE_PREFIX}0`));
  const html = (await readdir(dir)).filter((name) => name.endsWith('.html')).sort()[0];
  if (!html) throw new Error('no HTML file to copy as a new file');
  return { dir, template: { bytes: await readFile(path.join(dir, html)), extension: '.html' } };
}

async function samples(browser: Browser, staticRoot: string): Promise<void> {
  await withHost(staticRoot, [], async (host) => {
    console.log(`\n2. Time to first table, bundled samples (${SAMPLE_LOADS} cold loads; ms since navigation start)`);
    const figures = await timeToFirstTable(browser, host, SAMPLE_LOADS);
    printFirstTable(figures);
    const reloaded = await timeToFirstTableReloaded(browser, host, RELOAD_TABS, RELOADS);
    printReloads(reloaded, figures);
    results.firstTableSamples = { ...figures, reloaded };
  });
}

async function watched(browser: Browser, staticRoot: string, scratch: string): Promise<void> {
  const folder = await realFolder(scratch);
  await withHost(staticRoot, [folder.dir], async (host) => {
    const page = await freshPage(browser);
    try {
      await page.goto(host.url);
      await page.getByRole('grid', { name: 'Audit events' }).waitFor();
      console.log(`\n3. Write to screen, watched folder of ${(await readdir(folder.dir)).length} real files (${WRITES} writes each; ms from fs.writeFile)`);
      const figures = await writeToScreen(page, folder.dir, { writes: WRITES, template: folder.template });
      printWatch(figures, 'corpus folder');
      results.writeToScreen = figures;
    } finally {
      await page.context().close();
    }
  });
}

function printTyping(figures: TypingFigures[]): void {
  for (const typing of figures) {
    const check = typing.shownAtEnd === typing.expectedAtEnd ? 'as expected' : `EXPECTED ${typing.expectedAtEnd}`;
    console.log(`   ${typing.label} (${typing.keystrokes} keys; ${typing.shownAtEnd} rows shown when typed, ${check}):`);
    console.log(`     to next frame: ${describe(typing.toFrameStart, { frames: true })}`);
    console.log(`     to painted:    ${describe(typing.toPainted, { frames: true })}`);
  }
}

function printFrames(label: string, frames: Summary, extra = ''): void {
  console.log(`   ${label}: ${describe(frames, { frames: true })}${extra}`);
}

/** `firstOnly` (the part `first-large`): the time to the first table at 100,000 rows, and nothing after it. */
async function large(browser: Browser, staticRoot: string, scratch: string, { firstOnly = false } = {}): Promise<void> {
  const dir = path.join(scratch, 'large');
  const folder = await writeSyntheticFolder(dir, { files: LARGE.files, rowsPerFile: LARGE.rowsPerFile, format: 'sphinx-text' });
  await writeFile(path.join(dir, PROBE_FILE), probePage(`${PROBE_PREFIX}0`));
  const started = performance.now();
  await withHost(staticRoot, [dir], async (host) => {
    const hostSeconds = (performance.now() - started) / 1000;
    console.log(`\n4. ${folder.publicRows.toLocaleString('en')} public rows (${LARGE.files} synthetic Sphinx text files × ` +
      `${LARGE.rowsPerFile.toLocaleString('en')}, ${(folder.bytes / 2 ** 20).toFixed(1)} MiB, + the probe file); host loaded it in ${hostSeconds.toFixed(1)} s`);
    console.log(`   time to first table (${LARGE_LOADS} cold loads):`);
    const first = await timeToFirstTable(browser, host, LARGE_LOADS);
    printFirstTable(first);
    const reloaded = await timeToFirstTableReloaded(browser, host, RELOAD_TABS, RELOADS);
    printReloads(reloaded, first);
    if (firstOnly) {
      results.large = { hostSeconds: round(hostSeconds, 2), firstTable: { ...first, reloaded } };
      return;
    }
    const page = await freshPage(browser);
    try {
      await page.goto(host.url);
      await page.locator('[role="grid"] [role="row"][aria-rowindex="3"]').waitFor({ timeout: 60_000 });
      // A large first load shows file by file (useRowSet): wait until every file's rows are in.
      await page.getByRole('contentinfo').getByText(/Reading rows/).waitFor({ state: 'detached', timeout: 60_000 });
      const heap = await pageHeapMiB(page);
      console.log(`   page JS heap after GC: ${heap.toFixed(1)} MiB`);
      console.log('   filter latency per keystroke (each key typed, then erased with Backspace):');
      const typing = await filterLatency(page, host);
      printTyping(typing);
      const byEvent = await eventFilterLatency(page, host);
      printTyping(byEvent);
      console.log('   frame intervals (requestAnimationFrame deltas):');
      const { idle, scrolls } = await scrollFrames(page);
      printFrames('idle, nothing moving', idle);
      for (const scroll of scrolls) {
        const rows = `; ${scroll.rowsRendered} rows in the DOM, ${scroll.rowsMatchPosition ? 'matching' : 'NOT matching'} the scroll position`;
        printFrames(scroll.label, scroll.frames, rows);
      }
      const watch = await writeToScreen(page, dir, { writes: LARGE_WRITES, template: null });
      printWatch(watch, `write to screen at ${folder.publicRows.toLocaleString('en')} rows`);
      results.large = { hostSeconds: round(hostSeconds, 2), firstTable: { ...first, reloaded }, heapMiB: round(heap), typing, byEvent, idle, scrolls, watch };
    } finally {
      await page.context().close();
    }
  });
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) {
    console.log(`No Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH): browser benchmarks skipped.`);
    return;
  }
  const scratch = await mkdtemp(path.join(tmpdir(), 'doctable-bench-browser-'));
  let browser: Browser | null = null;
  try {
    const staticRoot = await bundle(path.join(scratch, 'renderer'));
    browser = await launchChromium();
    console.log(`\nChromium ${browser.version()} (headless, --disable-gpu), viewport 1360×860`);
    // `… browser.bench.ts large` (or samples / watched) runs only those parts: the 100k-row figures alone take ~1 min.
    const only = process.argv.slice(2);
    const wanted = (part: string) => only.length === 0 || only.includes(part);
    if (wanted('samples')) await samples(browser, staticRoot);
    if (wanted('watched')) await watched(browser, staticRoot, scratch);
    if (wanted('large')) await large(browser, staticRoot, scratch);
    else if (only.includes('first-large')) await large(browser, staticRoot, scratch, { firstOnly: true });
    console.log(JSON.stringify(results));
  } finally {
    await browser?.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
