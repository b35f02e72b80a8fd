/**
 * Every subcommand's options parsed one way: `--help`/`-h` prints the command's usage on stdout (exit 0), a usage
 * error says what was wrong followed by the usage on stderr (exit 2). Commands add their own options.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { errorMessage } from '../shared/error-message.js';

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type Parsed<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: O & typeof HELP }>
>;

/** The parsed `{ values, positionals }`, or the exit status to return right away (after printing why). */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(command: string, usage: string, args: string[], options: O): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options: { ...options, ...HELP } });
  } catch (error) {
    process.stderr.write(`doctable ${command}: ${errorMessage(error)}\n${usage}\n`);
    return 2;
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return parsed;
}

/** A usage error found after parsing (a wrong count of operands, options that exclude each other). */
export function usageError(command: string, usage: string, why?: string): number {
  process.stderr.write(`${why ? `doctable ${command}: ${why}\n` : ''}${usage}\n`);
  return 2;
}

export interface JsonCommandArgs {
  json: boolean;
  positionals: string[];
}

/** For the commands whose only option is `--json`. */
export function parseJsonCommandArgs(command: string, usage: string, args: string[]): JsonCommandArgs | number {
  const parsed = parseCommandArgs(command, usage, args, { json: { type: 'boolean' } });
  if (typeof parsed === 'number') return parsed;
  return { json: parsed.values.json === true, positionals: parsed.positionals };
}
