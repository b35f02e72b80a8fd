/**
 * Where the end-to-end suite finds the app and its test data, resolved from the repository root so the suite
 * runs the same from any working directory (and in CI's fresh clone, with `shared/` beside the repo).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The bundled sample tables the app shows when nothing is opened. */
export const SAMPLES_DIR = path.join(REPO_ROOT, 'resources', 'samples');

/** The built renderer the serve host hands out; DOCTABLE_E2E_RENDERER_DIR points elsewhere (a scratch build). */
export const RENDERER_DIR = process.env.DOCTABLE_E2E_RENDERER_DIR
  ? path.resolve(process.env.DOCTABLE_E2E_RENDERER_DIR)
  : path.join(REPO_ROOT, 'dist', 'renderer');

/** The Electron app's entry (package.json "main"), built by scripts/build.mjs. */
export const ELECTRON_MAIN = path.join(REPO_ROOT, 'dist', 'electron', 'main.js');

/** Where the README's screenshots go. */
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'docs', 'screenshots');

/**
 * The shared corpus of real renditions (`../shared/corpus` next to the checkout; DOCTABLE_E2E_CORPUS_DIR elsewhere),
 * when this machine has it.
 */
export function corpusDir(): string | null {
  const dir = process.env.DOCTABLE_E2E_CORPUS_DIR
    ? path.resolve(process.env.DOCTABLE_E2E_CORPUS_DIR)
    : path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
  return fs.existsSync(path.join(dir, 'seeds')) ? dir : null;
}
