/**
 * Paths as users give them (command line, typed into the browser host, another app instance) made absolute.
 */
import path from 'node:path';

export interface PathContext {
  /** Directory relative paths are taken from (the working directory of whoever gave them). */
  cwd: string;
  /** Home directory, for a leading "~". */
  home: string;
}

/** "~/docs" → "/home/me/docs", "docs" → "<cwd>/docs"; absolute paths are only normalised. */
export function resolveUserPath(input: string, context: PathContext): string {
  if (input === '~') return path.resolve(context.home);
  if (input.startsWith('~/') || input.startsWith('~\\')) return path.resolve(context.home, input.slice(2));
  return path.resolve(context.cwd, input);
}

export function resolveUserPaths(inputs: readonly string[], context: PathContext): string[] {
  return [...new Set(inputs.map((input) => resolveUserPath(input, context)))];
}

/**
 * The folders/files on an Electron command line. Packaged, argv is [exe, ...args]; run as `electron APP`
 * (process.defaultApp) it is [electron, APP, ...args]. Switches ("--inspect", Chromium flags, macOS
 * "-psn_...") are not paths.
 */
export function pathArgsFromArgv(argv: readonly string[], defaultApp: boolean): string[] {
  const args = argv.slice(defaultApp ? 2 : 1);
  const dashDash = args.indexOf('--');
  const positional = dashDash >= 0 ? [...args.slice(0, dashDash).filter(isNotSwitch), ...args.slice(dashDash + 1)] : args.filter(isNotSwitch);
  return positional.filter((arg) => arg.length > 0);
}

function isNotSwitch(arg: string): boolean {
  return !arg.startsWith('-');
}
