/**
 * A page under test for the renderer's HTTP adapter: `entry` (TypeScript, importing renderer modules by absolute
 * path) bundled by esbuild into a static root that a real serve host serves, and a Chromium to load it in.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../e2e/support/chromium.js';
import { startServeHost, type ServeHost, type ServeHostOptions } from '../host.js';

export interface AdapterPageHost {
  host: ServeHost;
  browser: Browser;
}

/** Bundles `entry` into `<temp>/static` (app.js + index.html), starts a host on it and launches Chromium. */
export async function startAdapterPageHost(
  temp: string,
  entry: string,
  options: Omit<ServeHostOptions, 'staticRoot' | 'samplesDir'>,
): Promise<AdapterPageHost> {
  const staticRoot = path.join(temp, 'static');
  await fs.mkdir(staticRoot, { recursive: true });
  await build({
    stdin: { contents: entry, resolveDir: temp, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    outfile: path.join(staticRoot, 'app.js'),
    logLevel: 'silent',
  });
  await fs.writeFile(path.join(staticRoot, 'index.html'), '<!doctype html><title>adapter</title><script type="module" src="./app.js"></script>');
  const host = await startServeHost({ ...options, staticRoot, samplesDir: path.resolve('resources/samples') });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  return { host, browser };
}
