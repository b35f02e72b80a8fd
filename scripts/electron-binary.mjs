// Finds the Electron binary without triggering its download. `require('electron')` would run
// node_modules/electron/index.js, which downloads the binary when it is missing: offline, that fails
// with a stack trace. This mirrors its lookup (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH) read-only.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

/** The executable's path inside an Electron dist folder, per platform (as in electron/install.js). */
export function electronPlatformPath(platform = process.platform) {
  switch (platform) {
    case 'darwin':
    case 'mas':
      return 'Electron.app/Contents/MacOS/Electron';
    case 'win32':
      return 'electron.exe';
    default:
      return 'electron';
  }
}

function electronPackageDir() {
  try {
    return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * @param {{ env?: NodeJS.ProcessEnv, electronDir?: string | null, platform?: NodeJS.Platform }} [options]
 * @returns {{ path: string, reason: null } | { path: null, reason: string }}
 */
export function findElectronBinary(options = {}) {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const electronDir = options.electronDir === undefined ? electronPackageDir() : options.electronDir;
  const pathFile = electronDir === null ? null : path.join(electronDir, 'path.txt');
  const recorded = pathFile !== null && fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const executable = recorded || electronPlatformPath(platform);

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, executable);
    return fs.existsSync(candidate)
      ? { path: candidate, reason: null }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist` };
  }
  if (electronDir === null) return { path: null, reason: 'the electron package is not installed (run npm ci)' };
  const candidate = path.join(electronDir, 'dist', executable);
  if (recorded && fs.existsSync(candidate)) return { path: candidate, reason: null };
  return {
    path: null,
    reason:
      "Electron's binary is not installed (node_modules/electron has no dist/ folder: the electron package " +
      'downloads it on first use, which needs network access)',
  };
}

/** The installed electron package (its folder and version), for its own installer; null when not installed. */
export function electronPackage() {
  const dir = electronPackageDir();
  if (dir === null) return null;
  const { version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { dir, version };
}
