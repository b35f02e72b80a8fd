#!/usr/bin/env node
/**
 * Electron security scan (@doyensec/electronegativity) over the project's sources: passes only when no finding is
 * above informational. Findings are written to test-results/electronegativity.csv.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'test-results', 'electronegativity.csv');
mkdirSync(path.dirname(out), { recursive: true });
rmSync(out, { force: true });

const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const cli = path.join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');
const result = spawnSync(
  process.execPath,
  ['--require', path.join(root, 'scripts', 'electronegativity-ts4.cjs'), cli, '-i', root, '-o', out, '-r', '-e', electronVersion],
  { cwd: root, encoding: 'utf8', timeout: 300_000 },
);
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
