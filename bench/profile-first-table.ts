/**
 * Where the time to the first table at 100,000 rows goes, in Chromium: a CPU profile of the page (CDP Profiler)
 * from navigation to the first row painted, summed by function (self time), with the page's resource timings.
 * The renderer is built without minifying, so the functions keep their names. A tool, not a benchmark: run-all
 * does not run it (its file name does not end in .bench.ts).
 *
 *   node --expose-gc bin/run-ts.mjs bench/profile-first-table.ts [loads] [top]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLED_SAMPLES_DIR } from '../electron/library/samples.js';
import { startServeHost } from '../electron/serve/index.js';
import { chromiumAvailable, freshPage, launchChromium, waitInPage } from './browser/chromium.js';
import { FIRST_TABLE_PROBE, FIRST_TABLE_READING } from './browser/probes.js';
import { PROBE_FILE, PROBE_PREFIX, probePage } from './browser/watch-latency.js';
import { writeSyntheticFolder } from './support/synthetic.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  endTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function buildUnminified(outDir: string): Promise<string> {
  const { build } = await import('vite');
  await build({ configFile: path.join(ROOT, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
  return outDir;
}

/** Self time per function ("name file:line"), in ms, largest first. */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]!)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url === '' ? '' : ` ${url.split('/').pop()}:${lineNumber + 1}`;
    const key = `${functionName || '(anonymous)'}${file}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/** Busy (not idle) ms per phase, and its three largest self-time entries, phases ending at the given page times. */
function busyPerPhase(profile: Profile, pageNowAtEnd: number, phases: [string, number][]): [string, string][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const shift = pageNowAtEnd - profile.endTime / 1000;
  const sums = phases.map(() => new Map<string, number>());
  let at = profile.startTime / 1000 + shift;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    at += delta;
    const name = byId.get(profile.samples[i]!)!.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') continue;
    const phase = phases.findIndex(([, end]) => at <= end);
    if (phase < 0) continue;
    sums[phase]!.set(name, (sums[phase]!.get(name) ?? 0) + delta);
  }
  return phases.map(([label], index) => {
    const entries = [...sums[index]!].sort((a, b) => b[1] - a[1]);
    const total = entries.reduce((sum, [, ms]) => sum + ms, 0);
    return [label, `${total.toFixed(0)} ms (${entries.slice(0, 4).map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')})`];
  });
}

async function main(): Promise<void> {
  if (!chromiumAvailable()) throw new Error('no Chromium');
  const loads = Number(process.argv[2] ?? 1);
  const top = Number(process.argv[3] ?? 30);
  const scratch = await mkdtemp(path.join(tmpdir(), 'doctable-profile-'));
  const browser = await launchChromium();
  try {
    const staticRoot = await buildUnminified(path.join(scratch, 'renderer'));
    const dir = path.join(scratch, 'large');
    await writeSyntheticFolder(dir, { files: 10, rowsPerFile: 10_000, format: 'sphinx-text' });
    await writeFile(path.join(dir, PROBE_FILE), probePage(`${PROBE_PREFIX}0`));
    const host = await startServeHost({ paths: [dir], staticRoot, samplesDir: BUNDLED_SAMPLES_DIR });
    try {
      for (let load = 0; load < loads; load++) {
        const page = await freshPage(browser);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await page.addInitScript({ content: FIRST_TABLE_PROBE });
        await cdp.send('Profiler.start');
        await page.goto(host.url);
        await waitInPage(page, 'window.__benchFirstTable.rowPainted !== null', 60_000);
        const pageNow = await page.evaluate<number>('performance.now()');
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
        const reading = await page.evaluate<Record<string, number | null>>(FIRST_TABLE_READING);
        const marks = await page.evaluate<string>(
          `JSON.stringify(performance.getEntriesByType('mark').map((m) => [m.name, Math.round(m.startTime)]))`,
        );
        console.log(`\nload ${load + 1}: ${JSON.stringify(reading, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`);
        console.log(`marks: ${marks}`);
        console.log(`main thread busy per phase (ms since navigation start; the profile's clock aligned at its end to ±a few ms):`);
        const phases: [string, number][] = [
          ['until the snapshot is asked', reading.snapshotRequested ?? 0],
          ['waiting for its first byte', reading.snapshotFirstByte ?? 0],
          ['receiving it', reading.snapshotLastByte ?? 0],
          ['until its first file is unpacked and parsed', reading.snapshotFirstFile ?? 0],
          ['until the first row is painted', reading.rowPainted ?? 0],
        ];
        for (const [label, names] of busyPerPhase(profile, pageNow, phases)) console.log(`  ${label}: ${names}`);
        const times = selfTimes(profile);
        const busy = times.filter(([name]) => !name.startsWith('(idle)')).reduce((sum, [, ms]) => sum + ms, 0);
        console.log(`busy ${busy.toFixed(0)} ms of the main thread; self time by function:`);
        for (const [name, ms] of times.slice(0, top)) console.log(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
        await page.context().close();
      }
    } finally {
      await host.close();
    }
  } finally {
    await browser.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
