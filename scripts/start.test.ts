/**
 * `npm start` as a user runs it: with a (stand-in) Electron binary it builds and launches it with the app and
 * the paths; without one it says so and serves the same app to a browser instead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
      const url = await new Promise<URL>((resolve, reject) => {
        const poll = setInterval(() => {
          const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{64}/.exec(run.output());
          if (match) {
            clearInterval(poll);
            resolve(new URL(match[0]));
          }
        }, 50);
        void run.exit.then((code) => {
          clearInterval(poll);
          reject(new Error(`start exited (${code}) before serving:\n${run.output()}`));
        });
      });
      expect(run.output()).toMatch(/The desktop app cannot start here:\n {2}ELECTRON_OVERRIDE_DIST_PATH is set, but .* does not exist\./);
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
});
