/**
 * The renderer bundle as `node scripts/build.mjs` makes it (same function, same vite config), built into a temp
 * folder so the benchmark measures the current sources without touching dist/, and the size of what a browser
 * downloads: every file but source maps, raw and gzip-compressed.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildRendererBundle } from '../../scripts/build.mjs';

export interface AssetSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export async function buildRenderer(outDir: string): Promise<{ dir: string; seconds: number }> {
  const started = performance.now();
  const dir = await buildRendererBundle(undefined, outDir);
  return { dir, seconds: (performance.now() - started) / 1000 };
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Shipped files (source maps left out: a browser fetches them only with devtools open), largest first. */
export async function assetSizes(dir: string): Promise<AssetSize[]> {
  const files = (await listFiles(dir)).filter((file) => !file.endsWith('.map'));
  const sizes = await Promise.all(
    files.map(async (file) => {
      const bytes = await readFile(file);
      // zlib's default level, as HTTP servers and vite's own size report use.
      return { file: path.relative(dir, file).split(path.sep).join('/'), bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
    }),
  );
  return sizes.sort((a, b) => b.gzipBytes - a.gzipBytes);
}
