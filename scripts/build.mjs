#!/usr/bin/env node
// Builds the desktop app into dist/: the main process and the preload with esbuild, the renderer with vite.
//   node scripts/build.mjs                 everything
//   node scripts/build.mjs --electron      main + preload only
//   node scripts/build.mjs --renderer      renderer only
//   node scripts/build.mjs --cli           the `doctable` command line (and its serve host) only
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export const PROJECT_ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

// Electron 45 runs Node 22 and Chromium 140.
const MAIN_TARGET = 'node22';
const PRELOAD_TARGET = 'chrome140';
// The command line and the serve host run on the user's Node (package.json engines).
const CLI_TARGET = 'node20';

/**
 * dist/electron/main.js (ESM, like the package's "type": "module"; every dependency bundled so the package
 * ships no node_modules), dist/electron/parse-worker.cjs (the library's parser worker thread) and
 * dist/electron/preload.cjs (a sandboxed preload must be CommonJS and may require nothing but `electron`).
 */
export async function buildElectron(root = PROJECT_ROOT, outdir = path.join(root, 'dist', 'electron')) {
  const { build } = await import('esbuild');
  fs.rmSync(outdir, { recursive: true, force: true });
  const common = { bundle: true, external: ['electron'], sourcemap: false, legalComments: 'none', logLevel: 'warning', absWorkingDir: root };
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/main/main.ts')],
    outfile: path.join(outdir, 'main.js'),
    platform: 'node',
    format: 'esm',
    target: MAIN_TARGET,
    banner: {
      js: [
        // electronegativity reads annotations from a file's first line. The bundler drops the ones written next to
        // the reviewed calls in electron/main (which are scanned too), so the bundle carries them here.
        '// eng-disable OPEN_EXTERNAL_JS_CHECK PRELOAD_JS_CHECK',
        // Bundled CommonJS dependencies call require() for Node built-ins; ESM has no require of its own.
        "import { createRequire as __doctableCreateRequire } from 'node:module';",
        'const require = __doctableCreateRequire(import.meta.url);',
      ].join('\n'),
    },
  });
  // The library's parser worker thread (electron/library/parse-pool.ts starts it from beside main.js): it reads files
  // and archives (yauzl, tar-stream, unbzip2-stream, xz-decompress's WebAssembly: all bundled) and parses. CommonJS:
  // Electron loads worker_threads scripts from inside app.asar through its patched require.
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/library/parse-worker.ts')],
    outfile: path.join(outdir, 'parse-worker.cjs'),
    platform: 'node',
    format: 'cjs',
    target: MAIN_TARGET,
  });
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/preload/preload.ts')],
    outfile: path.join(outdir, 'preload.cjs'),
    platform: 'browser',
    format: 'cjs',
    target: PRELOAD_TARGET,
  });
  return outdir;
}

// Bundled CommonJS dependencies call require() for Node built-ins; ESM has no require of its own.
const ESM_REQUIRE_BANNER = [
  "import { createRequire as __doctableCreateRequire } from 'node:module';",
  'const require = __doctableCreateRequire(import.meta.url);',
].join('\n');

/**
 * dist/cli/: the `doctable` command line as plain JavaScript, so it starts without a TypeScript loader.
 * main.js exports main(argv) (bin/doctable.mjs calls it). Code splitting keeps `doctable parse` small: the serve
 * host (imported by `doctable serve` only) lands in its own chunk, loaded on demand. Chunks sit beside main.js:
 * modules find the package root as '../../' from their own URL, as they do from electron/<folder>/.
 * parse-worker.cjs beside them is the library's parser worker (parse-pool.ts looks for it there).
 * Built into a fresh folder, then swapped in, so a `doctable` starting meanwhile never reads half a build.
 */
export async function buildCli(root = PROJECT_ROOT, outdir = path.join(root, 'dist', 'cli')) {
  const { build } = await import('esbuild');
  const staging = `${outdir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  // Minified: less for V8 to compile on every start, which is most of what a one-file `doctable parse` costs.
  const common = { bundle: true, minify: true, sourcemap: false, legalComments: 'none', logLevel: 'warning', absWorkingDir: root, platform: 'node', target: CLI_TARGET };
  await build({
    ...common,
    entryPoints: { main: path.join(root, 'electron/cli/main.ts') },
    outdir: staging,
    format: 'esm',
    splitting: true,
    chunkNames: '[name]-[hash]',
    // vite builds the renderer when a checkout has no dist/renderer yet (dev only, never in a published package).
    external: ['vite', 'electron'],
    banner: { js: ESM_REQUIRE_BANNER },
  });
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron/library/parse-worker.ts')],
    outfile: path.join(staging, 'parse-worker.cjs'),
    format: 'cjs',
  });
  const old = `${outdir}.old-${process.pid}`;
  if (fs.existsSync(outdir)) fs.renameSync(outdir, old);
  try {
    fs.renameSync(staging, outdir);
  } catch (error) {
    // Another build swapped its folder in first: theirs is as good as ours.
    if (!fs.existsSync(outdir)) throw error;
    fs.rmSync(staging, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
  return outdir;
}

/** dist/renderer (or `outDir`) via vite's JS API and the project's vite.config.ts. */
export async function buildRendererBundle(root = PROJECT_ROOT, outDir = path.join(root, 'dist', 'renderer')) {
  const configFile = path.join(root, 'vite.config.ts');
  if (!fs.existsSync(configFile)) throw new Error(`cannot build the renderer: ${configFile} is missing`);
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const index = path.join(outDir, 'index.html');
  if (!fs.existsSync(index)) throw new Error(`the renderer build did not produce ${index}`);
  return outDir;
}

export async function buildAll({ electron = true, renderer = true, cli = true, root = PROJECT_ROOT } = {}) {
  if (renderer) await buildRendererBundle(root);
  if (electron) await buildElectron(root);
  if (cli) await buildCli(root);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { electron: { type: 'boolean' }, renderer: { type: 'boolean' }, cli: { type: 'boolean' } } });
  const only = values.electron || values.renderer || values.cli;
  const started = performance.now();
  try {
    await buildAll({
      electron: !only || values.electron === true,
      renderer: !only || values.renderer === true,
      cli: !only || values.cli === true,
    });
    console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
