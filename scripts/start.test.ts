/**
 * `npm start` as a user runs it: with a (stand-in) Electron binary it builds and launches it with the app and
 * the paths; without one it tries Electron's own download, and where that cannot work it says why in one line and
 * serves the same app to a browser instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

const ROOT = path.resolve('.');
let temp: string;
let docs: string;

beforeAll(async () => {
  temp = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-start-')));
  docs = path.join(temp, 'docs');
  await fs.mkdir(docs);
  await fs.copyFile(path.join(ROOT, 'resources/samples/ja_3.9_browser-copy.txt'), path.join(docs, 'ja.txt'));
});

afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

function start(args: string[], env: Record<string, string>): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

/** Resolves with the address once the browser host prints it; rejects if start exits first. */
function servedUrl(run: ReturnType<typeof start>): Promise<URL> {
  return new Promise<URL>((resolve, reject) => {
    const onData = (): void => {
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/.exec(run.output());
      if (match) {
        run.child.stdout?.off('data', onData);
        resolve(new URL(match[0]));
      }
    };
    run.child.stdout?.on('data', onData);
    void run.exit.then((code) => reject(new Error(`start exited (${code}) before serving:\n${run.output()}`)));
  });
}

/** A local port nothing listens on: connecting there is refused at once, as it is without network. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Where this checkout has Electron's binary, `npm start` would open the desktop app instead of the fallback.
const installedElectron = findElectronBinary({ env: {} }).path !== null;

describe('npm start', () => {
  // The stand-in binary is a shell script.
  it.skipIf(process.platform === 'win32')('builds and runs Electron with the app folder and the paths made absolute', async () => {
    const electronDist = path.join(temp, 'electron-dist');
    await fs.mkdir(electronDist);
    const recorded = path.join(temp, 'electron-args.txt');
    await fs.writeFile(path.join(electronDist, 'electron'), `#!/bin/sh\nprintf '%s\\n' "$@" > "${recorded}"\n`, { mode: 0o755 });
    const run = start(['docs'], { ELECTRON_OVERRIDE_DIST_PATH: electronDist, INIT_CWD: temp });
    expect(await run.exit, run.output()).toBe(0);
    expect((await fs.readFile(recorded, 'utf8')).trim().split('\n')).toEqual([ROOT, docs]);
    await expect(fs.stat(path.join(ROOT, 'dist/electron/main.js'))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(ROOT, 'dist/electron/preload.cjs'))).resolves.toBeTruthy();
    await expect(fs.stat(path.join(ROOT, 'dist/renderer/index.html'))).resolves.toBeTruthy();
  });

  it('without Electron, says so plainly and serves the app to a browser', async () => {
    const nowhere = path.join(temp, 'no-electron-here');
    await fs.mkdir(nowhere);
    const run = start(['--no-open', '--port', '0', docs], { ELECTRON_OVERRIDE_DIST_PATH: nowhere });
    try {
      const url = await servedUrl(run);
      expect(run.output()).toMatch(/^The desktop app cannot start here: ELECTRON_OVERRIDE_DIST_PATH is set, but .* does not exist\.$/m);
      expect(run.output()).toContain('Running DocTable Explorer in your browser instead');
      const page = await fetch(new URL('/', url));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const snapshot = await fetch(new URL('/api/snapshot', url), { headers: { 'x-doctable-token': url.searchParams.get('token') ?? '' } });
      expect(((await snapshot.json()) as { roots: string[] }).roots).toEqual([docs]);
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exit).toBe(0);
  });

  // Electron's installer is really run; a port nothing listens on stands in for a machine without network.
  it.skipIf(installedElectron)('offline: tries Electron\'s download, says in one line that it failed, and serves the browser version', async () => {
    const run = start(['--no-open', '--port', '0', docs], {
      ELECTRON_OVERRIDE_DIST_PATH: '',
      DOCTABLE_START_NODE_VERSION: '22.12.0',
      ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`,
      electron_config_cache: path.join(temp, 'electron-cache'),
    });
    try {
      await servedUrl(run);
      expect(run.output()).toContain("downloading it with Electron's installer");
      const why = run.output().split('\n').filter((line) => line.startsWith('The desktop app cannot start here:'));
      expect(why).toEqual([expect.stringMatching(/^The desktop app cannot start here: could not download Electron 45\.\d+\.\d+: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\): no network here\?\.$/)]);
      expect(run.output()).not.toMatch(/^\s+at /m);
      expect(run.output()).toContain('Running DocTable Explorer in your browser instead');
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exit).toBe(0);
  });

  it.skipIf(installedElectron)('on a Node older than Electron 45 needs, says what to upgrade and serves the browser version', async () => {
    const run = start(['--no-open', '--port', '0', docs], { ELECTRON_OVERRIDE_DIST_PATH: '', DOCTABLE_START_NODE_VERSION: '20.19.0' });
    try {
      await servedUrl(run);
      expect(run.output()).toMatch(/^The desktop app cannot start here: the desktop app needs Node >= 22\.12\.0 .* this is Node 20\.19\.0: upgrade Node/m);
      expect(run.output()).not.toContain('downloading');
    } finally {
      run.child.kill('SIGINT');
    }
    expect(await run.exit).toBe(0);
  });
});
