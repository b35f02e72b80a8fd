/**
 * `doctable serve [FOLDER...] [--port N] [--no-open]`: the app in a browser, for machines without an
 * Electron binary (and for the e2e suite).
 */
import { parseArgs } from 'node:util';
import { BUNDLED_SAMPLES_DIR } from '../library/index.js';
import { startServeHost, type ServeHost } from './host.js';
import { openInBrowser } from './open-browser.js';
import { ensureRenderer } from './renderer-build.js';

/** A fixed default so the address stays the same between runs; any free port when it is taken. */
export const DEFAULT_PORT = 4780;

export const SERVE_USAGE = `usage: doctable serve [FOLDER|FILE...] [--port N] [--no-open]

Serves DocTable Explorer to a browser on http://127.0.0.1 (this machine only).
  FOLDER|FILE  folders/files to open and watch (default: the bundled sample tables)
  --port N     port to listen on (default ${DEFAULT_PORT}, or any free one when taken)
  --no-open    do not open a browser; just print the address`;

export interface ServeArgs {
  paths: string[];
  port: number | null;
  open: boolean;
  help: boolean;
}

/** Parsed arguments, or a one-line error for the user. */
export function parseServeArgs(args: readonly string[]): ServeArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        port: { type: 'string', short: 'p' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  let port: number | null = null;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) return { error: `--port: not a port number: ${values.port}` };
    port = Number(values.port);
  }
  return { paths: positionals, port, open: values['no-open'] !== true, help: values.help === true };
}

async function startOnPreferredPort(paths: string[], port: number | null, staticRoot: string): Promise<ServeHost> {
  const options = { paths, staticRoot, samplesDir: BUNDLED_SAMPLES_DIR };
  if (port !== null) return startServeHost({ ...options, port });
  try {
    return await startServeHost({ ...options, port: DEFAULT_PORT });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    return startServeHost({ ...options, port: 0 });
  }
}

function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const done = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve(signal);
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

export async function runServeCommand(args: string[]): Promise<number> {
  const parsed = parseServeArgs(args);
  if ('error' in parsed) {
    console.error(`doctable serve: ${parsed.error}\n\n${SERVE_USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(SERVE_USAGE);
    return 0;
  }
  let host: ServeHost;
  try {
    const staticRoot = await ensureRenderer();
    host = await startOnPreferredPort(parsed.paths, parsed.port, staticRoot);
  } catch (error) {
    console.error(`doctable serve: ${(error as Error).message}`);
    return 1;
  }
  // Listening for Ctrl+C before saying how to stop: a signal right after the address is printed still closes cleanly.
  const stopped = untilSignal();
  console.log(`DocTable Explorer is running at\n\n  ${host.url}\n\nOnly this machine can reach it; the token in the address is the key. Press Ctrl+C to stop.`);
  if (parsed.open && !(await openInBrowser(host.url))) {
    console.log('(Could not start a browser here: open the address above yourself.)');
  }
  await stopped;
  await host.close();
  // Everything is closed; should a stray handle keep the loop alive (chokidar can leak an fs.watch when it is
  // closed in the middle of adding a folder), leave anyway rather than hang after Ctrl+C. Unref'd: a clean
  // shutdown exits at once without waiting for it.
  setTimeout(() => process.exit(0), 2_000).unref();
  return 0;
}
