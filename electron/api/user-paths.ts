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

export interface ArgvShape {
  /** app.isPackaged: argv is [exe, ...args], with no app path among them. */
  packaged: boolean;
}

/**
 * The folders/files on an Electron command line. Packaged, argv is [exe, ...args]. Unpackaged (`electron APP`),
 * the app path is the first argument that is not a switch, and switches may come before it: `electron --inspect .
 * docs`, or Playwright's launch, which puts its own switches first. Switches ("--inspect=0", Chromium flags,
 * macOS "-psn_...") are never paths; anything after "--" is, even when it starts with a dash.
 */
export function pathArgsFromArgv(argv: readonly string[], shape: ArgvShape): string[] {
  const args = shape.packaged ? argv.slice(1) : argv.slice(afterAppPath(argv));
  const dashDash = args.indexOf('--');
  const positional = dashDash >= 0 ? [...args.slice(0, dashDash).filter(isNotSwitch), ...args.slice(dashDash + 1)] : args.filter(isNotSwitch);
  return positional.filter((arg) => arg.length > 0);
}

/** Index just past the app path of an unpackaged launch (argv.length when there is none). */
function afterAppPath(argv: readonly string[]): number {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') return Math.min(i + 2, argv.length);
    if (isNotSwitch(arg)) return i + 1;
  }
  return argv.length;
}

function isNotSwitch(arg: string): boolean {
  return !arg.startsWith('-');
}
