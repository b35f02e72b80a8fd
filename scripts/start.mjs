#!/usr/bin/env node
// `npm start [-- FOLDER|FILE...]`: builds and runs the desktop app. Where Electron's binary is missing, downloads
// it with Electron's own installer (progress shown, time-limited); where that cannot work (offline, Node older
// than Electron 45's installer needs), says why in one line and runs the same app in the browser (`doctable serve`).
//   --no-open, --port N   passed on to the browser host when it is used
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, buildAll, buildRendererBundle } from './build.mjs';
import { ensureCliBundle, rendererStaleness } from './build-freshness.mjs';
import { electronPackage, findElectronBinary } from './electron-binary.mjs';
import { DEFAULT_DOWNLOAD_TIMEOUT_MS, downloadElectron } from './electron-download.mjs';
import { desktopNodeProblem } from './node-support.mjs';

function usage(message) {
  console.error(`npm start: ${message}\nusage: npm start [-- [FOLDER|FILE...] [--no-open] [--port N]]`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { 'no-open': { type: 'boolean' }, port: { type: 'string' } },
  });
} catch (error) {
  usage(error.message);
}
// npm runs scripts from the package folder; INIT_CWD is where the user typed the command.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const paths = parsed.positionals.map((p) => path.resolve(userCwd, p));

async function runElectron(binary) {
  await buildAll();
  const env = { ...process.env };
  // Set in some shells/CI for other tools: it would start the binary as plain Node instead of the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [PROJECT_ROOT, ...paths], { stdio: 'inherit', env, cwd: userCwd });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) => child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0))));
  return code;
}

/** The same app in the browser, through the built `doctable serve` (no TypeScript loader). */
async function runBrowserHost() {
  console.log('Running DocTable Explorer in your browser instead: the same app, served on this machine only.\n');
  if (rendererStaleness() !== null) await buildRendererBundle();
  await ensureCliBundle();
  const { main } = await import(pathToFileURL(path.join(PROJECT_ROOT, 'dist', 'cli', 'main.js')).href);
  const args = ['serve', ...paths];
  if (parsed.values['no-open']) args.push('--no-open');
  if (parsed.values.port !== undefined) args.push('--port', parsed.values.port);
  return main(args);
}

/** Why the desktop app cannot run (one line), or the binary: installed, or downloaded now by Electron's installer. */
async function desktopBinary() {
  const found = findElectronBinary();
  if (found.path !== null) return found;
  // ELECTRON_OVERRIDE_DIST_PATH names the user's own Electron: nothing to download.
  const electron = electronPackage();
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH || electron === null) return found;
  // A test seam: take the download path on any Node (the real version stays the default).
  const problem = desktopNodeProblem(process.env.DOCTABLE_START_NODE_VERSION || process.versions.node);
  if (problem !== null) return { path: null, reason: problem };
  const timeoutSeconds = Number(process.env.DOCTABLE_ELECTRON_DOWNLOAD_TIMEOUT);
  const timeoutMs = Number.isFinite(timeoutSeconds) && timeoutSeconds > 0 ? timeoutSeconds * 1000 : DEFAULT_DOWNLOAD_TIMEOUT_MS;
  const download = await downloadElectron({ electronDir: electron.dir, version: electron.version, timeoutMs });
  if (!download.ok) return { path: null, reason: `could not download Electron ${electron.version}: ${download.reason}` };
  return findElectronBinary();
}

try {
  const binary = await desktopBinary();
  if (binary.path !== null) {
    process.exitCode = await runElectron(binary.path);
  } else {
    // One line saying why; the rest of the output is the browser host's.
    console.log(`The desktop app cannot start here: ${binary.reason}.`);
    process.exitCode = await runBrowserHost();
  }
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
