/**
 * `npm run bench`: every benchmark under bench/ (files named *.bench.ts), one after another in its own Node process
 * (so one's heap does not weigh on the next), with --expose-gc for honest memory figures.
 * Pass names to run a subset: `npm run bench -- parse library`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((w) => name.includes(w)))
  .sort();

let failed = 0;
for (const file of files) {
  console.log(`\n### ${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'bin', 'run-ts.mjs'), path.join('bench', file)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed += 1;
    console.log(`(${file} exited with ${result.status})`);
  }
}
console.log(`\n${files.length - failed} of ${files.length} benchmarks ran`);
process.exitCode = failed ? 1 : 0;
