/**
 * The options every file-reading command shares (`--json`, `--help`) and its positionals, parsed one way for each:
 * a usage error says so with the command's usage on stderr (exit 2), `--help` prints it on stdout (exit 0).
 */
import { parseArgs } from 'node:util';
import { errorMessage } from '../shared/error-message.js';

export interface JsonCommandArgs {
  json: boolean;
  positionals: string[];
}

/** The parsed arguments, or the exit status to return right away (after printing why). */
export function parseJsonCommandArgs(command: string, usage: string, args: string[]): JsonCommandArgs | number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`doctable ${command}: ${errorMessage(error)}\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  return { json: parsed.values.json === true, positionals: parsed.positionals };
}
