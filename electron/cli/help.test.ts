/** `doctable --help` lists every command main() dispatches, each with an example to copy. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { USAGE } from './main.js';

/** The commands of main()'s switch, read from its source: a command added there and not to the help fails here. */
function dispatchedCommands(): string[] {
  const source = readFileSync(new URL('./main.ts', import.meta.url), 'utf8');
  const start = source.indexOf('export async function main(');
  const body = source.slice(start, source.indexOf('\n}\n', start));
  const commands = [...body.matchAll(/^\s*case '([^']+)':/gm)].map((match) => match[1]!);
  return commands.filter((command) => !command.startsWith('-') && command !== 'help');
}

describe('doctable --help', () => {
  it('lists every command with an example', () => {
    const commands = dispatchedCommands();
    expect(commands).toEqual(expect.arrayContaining(['parse', 'serve']));
    for (const command of commands) {
      expect(USAGE, `the help lists ${command}`).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
      expect(USAGE, `the help shows an example of ${command}`).toMatch(new RegExp(`^\\s+e\\.g\\. doctable ${command}\\b`, 'm'));
    }
  });
});
