import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronPlatformPath, findElectronBinary } from './electron-binary.mjs';

let temp: string;
beforeAll(async () => {
  temp = await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-electron-binary-'));
});
afterAll(async () => {
  await fs.rm(temp, { recursive: true, force: true });
});

async function fakeElectronPackage(name: string, withBinary: boolean): Promise<string> {
  const dir = path.join(temp, name);
  await fs.mkdir(path.join(dir, 'dist'), { recursive: true });
  await fs.writeFile(path.join(dir, 'path.txt'), electronPlatformPath());
  if (withBinary) await fs.writeFile(path.join(dir, 'dist', electronPlatformPath()), '', { mode: 0o755 });
  return dir;
}

describe('findElectronBinary', () => {
  it('reports this checkout’s missing binary without trying to download it', () => {
    const electronDir = path.resolve('node_modules/electron');
    const hadDist = existsSync(path.join(electronDir, 'dist'));
    const found = findElectronBinary({ env: {} });
    if (!hadDist) {
      expect(found.path).toBeNull();
      expect(found.reason).toMatch(/not installed.*network/);
    }
    expect(existsSync(path.join(electronDir, 'dist'))).toBe(hadDist);
  });

  it('finds an installed binary through path.txt', async () => {
    const dir = await fakeElectronPackage('installed', true);
    expect(findElectronBinary({ env: {}, electronDir: dir })).toEqual({ path: path.join(dir, 'dist', electronPlatformPath()), reason: null });
  });

  it('does not trust path.txt when the binary is gone', async () => {
    const dir = await fakeElectronPackage('half-installed', false);
    expect(findElectronBinary({ env: {}, electronDir: dir }).path).toBeNull();
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH, and says when it points at nothing', async () => {
    const override = path.join(temp, 'override');
    await fs.mkdir(override);
    const missing = findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: override }, electronDir: null });
    expect(missing.path).toBeNull();
    expect(missing.reason).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    await fs.writeFile(path.join(override, electronPlatformPath()), '', { mode: 0o755 });
    expect(findElectronBinary({ env: { ELECTRON_OVERRIDE_DIST_PATH: override }, electronDir: null }).path).toBe(
      path.join(override, electronPlatformPath()),
    );
  });

  it('names the executable per platform', () => {
    expect(electronPlatformPath('linux')).toBe('electron');
    expect(electronPlatformPath('win32')).toBe('electron.exe');
    expect(electronPlatformPath('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});
