/**
 * How long one `doctable parse FILE` takes, as a ratio to Node starting and doing nothing (`node -e 0`): what a
 * translation CI or script pays per file on top of starting Node. Goal: at most 2×.
 *
 *   node bin/run-ts.mjs bench/cli.bench.ts [RUNS] [FILE]      (or `npm run bench -- cli`)
 *
 * The two commands run alternately, RUNS times each (default 21), so a busy spell on a shared machine weighs on both
 * alike; the figures are medians of wall-clock time. The bundle is built first (a stale one would be rebuilt by the
 * first run and count against it).
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build.mjs';
import { cliBundleStaleness } from '../scripts/build-freshness.mjs';
import { quantile } from './support/stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 21);
// About 40 KB: the size of a locale's whole page as Sphinx text.
const file = path.resolve(process.argv[3] ?? path.join(ROOT, 'resources/samples/zh-CN_3.10.12_sphinx-text.txt'));

function millis(args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr.toString()}`);
  return elapsed;
}

if (cliBundleStaleness() !== null) await buildCli();
const parse = [path.join(ROOT, 'bin/doctable.mjs'), 'parse', file];
const bare = ['-e', '0'];
millis(parse);
millis(bare);
const parseTimes: number[] = [];
const bareTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  parseTimes.push(millis(parse));
  bareTimes.push(millis(bare));
}
const median = (samples: number[]): number => quantile([...samples].sort((a, b) => a - b), 0.5);
const parseMs = median(parseTimes);
const bareMs = median(bareTimes);
console.log(`doctable parse ${path.basename(file)} (${(statSync(file).size / 1024).toFixed(0)} KiB), median of ${runs} runs:`);
console.log(`  node bin/doctable.mjs parse FILE  ${parseMs.toFixed(0)} ms`);
console.log(`  node -e 0                         ${bareMs.toFixed(0)} ms`);
console.log(`  ratio                             ${(parseMs / bareMs).toFixed(2)}× (goal: ≤ 2×)`);
