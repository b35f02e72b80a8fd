// Types for scripts/electron-binary.mjs.
export declare function electronPlatformPath(platform?: NodeJS.Platform | 'mas'): string;
export declare function findElectronBinary(options?: {
  env?: NodeJS.ProcessEnv;
  electronDir?: string | null;
  platform?: NodeJS.Platform;
}): { path: string; reason: null } | { path: null; reason: string };
export declare function electronPackage(): { dir: string; version: string } | null;
