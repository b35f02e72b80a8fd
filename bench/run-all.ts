/**
 * `npm run bench`: every benchmark under bench/ (files named *.bench.ts), one after another in its own Node process
 * (so one's heap does not weigh on the next), with --expose-gc for honest memory figures.
 * Pass names to run a subset: `npm run bench -- parse library`. Benchmarks print figures; none asserts a time.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from '../scripts/build.mjs';
import { cliBundleStaleness } from '../scripts/build-freshness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
  .sort();

// Figures depend on the machine and on what else runs on it: say what it was.
const cpus = os.cpus();
const load = os.loadavg().map((value) => value.toFixed(2)).join(' ');
console.log(`${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
  `Node ${process.version}, ${os.platform()} ${os.release()}; load average before: ${load}`);

// The parser workers the app ships are the built bundle: measure those, not the TypeScript sources through tsx (a
// worker then costs ~1 s of CPU to start, more than a small folder's whole load). The benchmarks inherit this.
if (cliBundleStaleness() !== null) await buildCli();
process.env.DOCTABLE_PARSE_WORKER = path.join(root, 'dist', 'cli', 'parse-worker.cjs');

let failed = 0;
const started = performance.now();
for (const file of files) {
  console.log(`\n### ${file}`);
  const begun = performance.now();
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'bin', 'run-ts.mjs'), path.join('bench', file)], {
    cwd: root,
    stdio: 'inherit',
  });
  console.log(`(${file}: ${((performance.now() - begun) / 1000).toFixed(0)} s)`);
  if (result.status !== 0) {
    failed += 1;
    console.log(`(${file} exited with ${result.status ?? result.signal})`);
  }
}
console.log(`\n${files.length - failed} of ${files.length} benchmarks ran, in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
