/**
 * `doctable diff A B [--json]`: the audit events added, removed and changed from A to B, each a CPython version
 * (a bundled truth build; "3.12" names the newest 3.12 build) or a file of the page.
 */
import { bundledTruth } from '../shared/versions/bundled.js';
import { diffJson, diffSets, notComparedNotes, unstableNote, type VersionDiff } from '../shared/versions/diff.js';
import { parseJsonCommandArgs } from './command-args.js';
import { SourceError, versionOrFile } from './event-sources.js';

export const DIFF_USAGE = 'usage: doctable diff A B [--json]   (A, B: a version such as 3.12 or 3.13.0rc2, or a file)';

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

export function diffText(diff: VersionDiff): string {
  const lines = [`${diff.from} -> ${diff.to}: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed`];
  for (const note of notComparedNotes(diff)) lines.push(`note: ${note}`);
  const table = (internal: boolean) => (internal ? '  [internal]' : '');
  if (diff.added.length > 0) lines.push(`added (${diff.added.length}):`);
  for (const entry of diff.added) lines.push(`  + ${entry.event}(${entry.args.join(', ')})${table(entry.internal)}`);
  if (diff.removed.length > 0) lines.push(`removed (${diff.removed.length}):`);
  for (const entry of diff.removed) lines.push(`  - ${entry.event}(${entry.args.join(', ')})${table(entry.internal)}`);
  if (diff.changed.length > 0) lines.push(`changed (${diff.changed.length}):`);
  for (const entry of diff.changed) {
    lines.push(`  ~ ${entry.event}(${entry.from.join(', ')}) -> (${entry.to.join(', ')})${table(entry.internal)}`);
    if (entry.unstable) lines.push(`    note: ${unstableNote(entry.event)}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function diffCommand(args: string[]): Promise<number> {
  const parsed = parseJsonCommandArgs('diff', DIFF_USAGE, args);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length !== 2) {
    process.stderr.write(`${DIFF_USAGE}\n`);
    return EXIT_USAGE;
  }
  try {
    const [a, b] = await Promise.all(parsed.positionals.map(versionOrFile));
    const diff = diffSets(a!, b!, bundledTruth().unstableArgs);
    process.stdout.write(parsed.json ? diffJson(diff) : diffText(diff));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    process.stderr.write(`doctable diff: ${error.message}\n`);
    return error.usage ? EXIT_USAGE : EXIT_FAILURE;
  }
}
