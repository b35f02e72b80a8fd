/**
 * Before any scenario runs: the renderer the serve host hands out is built from the current sources (a fresh
 * clone has no dist/, and a build older than the sources would test old code), and where Electron can run, so is
 * its main process. `npm test` builds first, so there this finds everything current and does nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildCli, buildElectron, buildRendererBundle } from '../scripts/build.mjs';
import { cliBundleStaleness } from '../scripts/build-freshness.mjs';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { ELECTRON_MAIN, RENDERER_DIR, REPO_ROOT } from './support/paths.js';

/** Newest modification time of the files under `paths` (0 when none exist). */
function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (entry: string): void => {
    const stat = fs.statSync(entry, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) if (child !== 'node_modules') visit(path.join(entry, child));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const entry of paths) visit(path.join(REPO_ROOT, entry));
  return newest;
}

function isOlderThan(output: string, sources: readonly string[]): boolean {
  const built = fs.statSync(output, { throwIfNoEntry: false });
  return !built || built.mtimeMs < newestMtime(sources);
}

export default async function globalSetup(): Promise<void> {
  if (isOlderThan(path.join(RENDERER_DIR, 'index.html'), ['renderer', 'electron/shared', 'electron/core', 'vite.config.ts'])) {
    console.log(`e2e: building the renderer into ${path.relative(REPO_ROOT, RENDERER_DIR) || RENDERER_DIR}`);
    await buildRendererBundle(REPO_ROOT, RENDERER_DIR);
  }
  // The serve host runs in the test process from the TypeScript sources; its parser workers start from the built
  // worker (a tenth of tsx's start-up), rebuilt here when the sources changed.
  if (cliBundleStaleness() !== null) await buildCli();
  process.env.DOCTABLE_PARSE_WORKER = path.join(REPO_ROOT, 'dist', 'cli', 'parse-worker.cjs');
  if (findElectronBinary().path !== null && isOlderThan(ELECTRON_MAIN, ['electron'])) {
    console.log('e2e: building the Electron main process and preload');
    await buildElectron(REPO_ROOT);
  }
}
