#!/usr/bin/env node
/**
 * Electron security scan (@doyensec/electronegativity) over the project's sources: passes only when no finding is
 * above informational. Findings are written to test-results/electronegativity.csv.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-results', 'electronegativity.csv');
mkdirSync(path.dirname(out), { recursive: true });
rmSync(out, { force: true });

// Scan what ships as the app's code: the sources (not their bundled copies in dist/, nor node_modules, nor test files,
// whose hostile inputs would read as findings), with package.json for the Electron version.
const scanRoot = mkdtempSync(path.join(os.tmpdir(), 'doctable-scan-'));
const isShippedSource = (src) => !/\.(test|spec)\.tsx?$/.test(src) && !/[\\/](test-support|testing|bench)([\\/]|$)/.test(src);
for (const part of ['electron', 'renderer']) {
  cpSync(path.join(root, part), path.join(scanRoot, part), { recursive: true, filter: isShippedSource });
}
cpSync(path.join(root, 'package.json'), path.join(scanRoot, 'package.json'));

const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const result = spawnSync(
  process.execPath,
  ['--require', path.join(root, 'scripts', 'electronegativity-ts4.cjs'), cli, '-i', scanRoot, '-o', out, '-r', '-e', electronVersion],
  { cwd: root, encoding: 'utf8', timeout: 300_000 },
);
rmSync(scanRoot, { recursive: true, force: true });
let rows;
try {
  rows = Papa.parse(readFileSync(out, 'utf8').trim(), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() }).data;
} catch {
  console.error(result.stdout, result.stderr);
  console.error('electronegativity produced no report');
  process.exit(1);
}
const serious = rows.filter((row) => String(row.severity).trim().toUpperCase() !== 'INFORMATIONAL');
for (const row of rows) {
  console.log(`${String(row.severity).padEnd(13)} ${row.issue} ${row.filename}:${row.location} ${row.description}`);
}
console.log(`electronegativity ${electronVersion}: ${rows.length} findings, ${serious.length} above informational`);
process.exitCode = serious.length === 0 ? 0 : 1;
