/**
 * `doctable check TRANSLATION... [--against REFERENCE] [--glossary FILE.csv] [--json] [--format github]`:
 * is each translated rendition of the page faithful to its reference of the same version (a given file, else the
 * bundled truth build of the file's version)? The verdicts come from electron/shared/check (shared with the app).
 *
 * Exit status: 0 when every file is clean, 1 when any has a problem, 2 when the check could not run (a usage error,
 * a file that cannot be read or is not the page, a translation whose version is unknown and no --against).
 */
import { readFile } from 'node:fs/promises';
import { decodeText } from '../core/decode.js';
import { NotADocTableError, type DocTableModel } from '../core/model.js';
import { parseDocTable } from '../core/parse.js';
import {
  bundledHistory,
  checkTranslation,
  CheckError,
  formatGithub,
  formatJson,
  formatText,
  GlossaryError,
  parseGlossary,
  type CheckReference,
  type FileCheck,
  type GlossaryEntry,
} from '../shared/check/index.js';
import { errorMessage } from '../shared/error-message.js';
import { parseCommandArgs, usageError } from './command-args.js';

export const CHECK_USAGE = `usage: doctable check TRANSLATION... [--against REFERENCE] [--glossary FILE.csv] [--json | --format github]

Compares each translated file with a reference of the same version: REFERENCE, else the bundled truth build of
the file's version. Reports events and arguments that differ or were translated, reference counts, a missing
internal table, a file cut off, and for .po catalogs untranslated and fuzzy entries and markup not kept.

  --against FILE      the reference (an English rendition of the same version)
  --glossary FILE     CSV of english term, locale, translation: flags prose not using the glossary's term
  --json              {"files":[{"path","against","problems":[{"kind","line","event","expected","found","message"}]}]}
  --format github     GitHub Actions workflow annotations (::error file=…,line=…::…)

exit status: 0 clean, 1 problems found, 2 could not run`;

const EXIT_CLEAN = 0;
const EXIT_PROBLEMS = 1;
const EXIT_COULD_NOT_RUN = 2;

class CannotRead extends Error {}

export async function runCheckCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('check', CHECK_USAGE, args, {
    against: { type: 'string' },
    glossary: { type: 'string' },
    json: { type: 'boolean' },
    format: { type: 'string' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (positionals.length === 0) return usageError('check', CHECK_USAGE, 'which files?');
  if (!['text', 'github', 'json'].includes(format) || (values.json && values.format !== undefined)) {
    return usageError('check', CHECK_USAGE, 'choose --json or --format github (or neither, for text)');
  }

  let reference: CheckReference = { kind: 'truth' };
  let glossary: GlossaryEntry[] | undefined;
  try {
    if (values.against !== undefined) reference = { kind: 'file', path: values.against, model: await readModel(values.against) };
    if (values.glossary !== undefined) glossary = parseGlossary(await readText(values.glossary));
  } catch (error) {
    if (error instanceof CannotRead || error instanceof GlossaryError) {
      const what = error instanceof GlossaryError ? `glossary ${values.glossary}: ` : '';
      process.stderr.write(`doctable check: ${what}${error.message}\n`);
      return EXIT_COULD_NOT_RUN;
    }
    throw error;
  }
  if (reference.kind === 'file' && reference.model.tables.length === 0) {
    process.stderr.write(`doctable check: ${reference.path}: holds no event table to check against\n`);
    return EXIT_COULD_NOT_RUN;
  }

  const history = bundledHistory();
  const checks: FileCheck[] = [];
  let couldNotRun = false;
  for (const path of positionals) {
    try {
      checks.push(checkTranslation(path, await readModel(path), reference, { history, ...(glossary ? { glossary } : {}) }));
    } catch (error) {
      if (!(error instanceof CannotRead || error instanceof CheckError)) throw error;
      process.stderr.write(`doctable check: ${error instanceof CheckError ? `${path}: ` : ''}${error.message}\n`);
      couldNotRun = true;
    }
  }

  const output = format === 'json' ? formatJson(checks) : format === 'github' ? formatGithub(checks) : formatText(checks);
  process.stdout.write(output);
  if (couldNotRun) return EXIT_COULD_NOT_RUN;
  return checks.some((check) => check.problems.length > 0) ? EXIT_PROBLEMS : EXIT_CLEAN;
}

async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CannotRead(`cannot read ${path}: ${readError(error)}`);
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') throw new CannotRead(`${path}: not a text file (${decoded.problems.join('; ')})`);
  return decoded.text;
}

async function readModel(path: string): Promise<DocTableModel> {
  const text = await readText(path);
  try {
    return parseDocTable(text, { path });
  } catch (error) {
    if (error instanceof NotADocTableError) throw new CannotRead(`${path}: not an audit events table: ${error.message}`);
    throw error;
  }
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorMessage(error);
}
