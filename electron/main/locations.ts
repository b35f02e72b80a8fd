/**
 * Where the running app finds its parts: next to the bundled main script in development and inside the
 * package (app.asar, resources/) when packaged. A pure function so both layouts are testable.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface LocationInputs {
  isPackaged: boolean;
  /** Directory of the running main.js (dist/electron). */
  mainDir: string;
  /** app.getAppPath(): the project root in development, .../resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: where extraResources land when packaged. */
  resourcesPath: string;
  /** DOCTABLE_DEV_SERVER_URL, honoured in development only. */
  devServerUrl?: string | undefined;
}

export interface AppLocations {
  preloadPath: string;
  pageFile: string;
  pageUrl: string;
  samplesDir: string;
  iconPath: string | undefined;
  devServerOrigin: string | null;
}

/** Only a loopback http origin counts as a dev server: the window must never load a remote page. */
export function devServerOriginOf(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
    return url.protocol === 'http:' && loopback ? url.origin : null;
  } catch {
    return null;
  }
}

export function appLocations(inputs: LocationInputs): AppLocations {
  const pageFile = path.join(inputs.mainDir, '..', 'renderer', 'index.html');
  return {
    preloadPath: path.join(inputs.mainDir, 'preload.cjs'),
    pageFile,
    pageUrl: pathToFileURL(pageFile).href,
    samplesDir: inputs.isPackaged
      ? path.join(inputs.resourcesPath, 'samples')
      : path.join(inputs.appPath, 'resources', 'samples'),
    iconPath: inputs.isPackaged ? undefined : path.join(inputs.appPath, 'build', 'icons', '512x512.png'),
    devServerOrigin: inputs.isPackaged ? null : devServerOriginOf(inputs.devServerUrl),
  };
}
