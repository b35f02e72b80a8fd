#!/usr/bin/env node
// `npm start [-- FOLDER|FILE...]`: builds and runs the desktop app. Where Electron's binary is missing and
// cannot be downloaded (offline), says so and runs the same app in the browser through `doctable serve`.
//   --no-open, --port N   passed on to the browser host when it is used
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, buildAll, buildRendererBundle } from './build.mjs';
import { findElectronBinary } from './electron-binary.mjs';

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

async function runBrowserHost(reason) {
  console.log(
    [
      'The desktop app cannot start here:',
      `  ${reason}.`,
      'Running DocTable Explorer in your browser instead: the same app, served on this machine only.',
      '(For the desktop app, install the binary with `npx install-electron` where there is network access,',
      ' or point ELECTRON_OVERRIDE_DIST_PATH at an unpacked Electron 45.)',
      '',
    ].join('\n'),
  );
  await buildRendererBundle();
  const { register } = await import('tsx/esm/api');
  register();
  const { runServeCommand } = await import('../electron/serve/cli.ts');
  const args = [...paths];
  if (parsed.values['no-open']) args.push('--no-open');
  if (parsed.values.port !== undefined) args.push('--port', parsed.values.port);
  return runServeCommand(args);
}

try {
  const binary = findElectronBinary();
  process.exitCode = binary.path !== null ? await runElectron(binary.path) : await runBrowserHost(binary.reason);
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
