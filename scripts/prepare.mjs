#!/usr/bin/env node
// `npm ci` / `npm install` in a checkout (npm's `prepare`): builds the `doctable` command line into dist/cli/, and
// says what to upgrade when this Node cannot run the desktop app. Downloads nothing.
import { createRequire } from 'node:module';
import { desktopNodeProblem } from './node-support.mjs';

const problem = desktopNodeProblem();
if (problem !== null) console.warn(`Note: ${problem}.`);

// esbuild is a devDependency: an install without them (npm ci --omit=dev) keeps the shipped bundle as it is.
let hasEsbuild = true;
try {
  createRequire(import.meta.url).resolve('esbuild');
} catch {
  hasEsbuild = false;
}
if (hasEsbuild) {
  const { buildCli } = await import('./build.mjs');
  await buildCli();
}
