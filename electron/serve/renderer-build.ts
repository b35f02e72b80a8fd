/**
 * The built renderer the browser host serves: dist/renderer of this checkout, built with vite's JS API
 * when it is missing (a fresh clone, or `npm start` falling back without a prior build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const DEFAULT_RENDERER_DIR = path.join(PROJECT_ROOT, 'dist', 'renderer');

export function isRendererBuilt(dir: string): boolean {
  return fs.existsSync(path.join(dir, 'index.html'));
}

/** Runs `vite build` with the project's vite.config.ts (which writes dist/renderer). */
export async function buildRenderer(projectRoot: string = PROJECT_ROOT): Promise<void> {
  const configFile = path.join(projectRoot, 'vite.config.ts');
  if (!fs.existsSync(configFile)) throw new Error(`cannot build the renderer: ${configFile} is missing`);
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
}

/** The renderer folder, built first when it has no index.html yet. */
export async function ensureRenderer(dir: string = DEFAULT_RENDERER_DIR, projectRoot: string = PROJECT_ROOT): Promise<string> {
  if (!isRendererBuilt(dir)) {
    console.log('Building the renderer (first run)…');
    await buildRenderer(projectRoot);
    if (!isRendererBuilt(dir)) throw new Error(`the renderer build did not produce ${path.join(dir, 'index.html')}`);
  }
  return dir;
}
