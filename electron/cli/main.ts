/**
 * The `doctable` command line (bin/doctable.mjs runs its bundle, dist/cli/main.js, built by scripts/build.mjs):
 *
 *   doctable parse FILE [--json]     the parsed page: a short summary, or the whole model as JSON
 *   doctable scan PATH... [--json]   what the Sources panel would show for folders and files (cli/scan.ts)
 *   doctable serve [...]             the app in a browser (electron/serve/cli.ts)
 *   doctable check TRANSLATION...    a translation against its reference (electron/cli/check.ts)
 *   doctable --help | --version
 *
 * Exit status: 0 on success, 1 for a file that cannot be read, is not the audit events page, or holds no row of
 * an audit events table (one line on stderr), 2 for a usage error, 70 for an unexpected failure.
 */
import { readFile } from 'node:fs/promises';
import { decodeText, parseOptionsFor } from '../core/decode.js';
import { NotADocTableError, type DocTableModel } from '../core/model.js';
import { parseDocTable } from '../core/parse.js';
import { parseJsonCommandArgs, usageError } from './command-args.js';
import { formatSummary } from './summary.js';
import { errorMessage } from '../shared/error-message.js';

export const USAGE = `usage: doctable <command> [options]

commands (each with an example):
  parse FILE [--json]   parse a rendition of the CPython "Audit events table" page (Sphinx HTML or text,
                        Markdown, text copied from a browser, gettext .po, reST source) and print a summary,
                        or with --json the whole model
                          e.g. doctable parse Doc/build/html/library/audit_events.html --json
  serve [FOLDER...]     serve the explorer to a browser (doctable serve --help)
                          e.g. doctable serve Doc/build/html --port 4780 --no-open
  scan PATH... [--json] list the audit events pages in folders and files as the app would show them (status,
                        locale, version, format, encoding, rows), and how many other files were skipped and why
                          e.g. doctable scan ~/Downloads/python-3.12-docs-html.zip --json
  check TRANSLATION... [--against REFERENCE] [--glossary FILE.csv] [--json | --format github]
                        check translated files against a reference of the same version (default: the
                        bundled truth build of each file's version); exit 0 clean, 1 problems, 2 could not run
                          e.g. doctable check locales/ja/LC_MESSAGES/library/audit_events.po --format github
  events [--version V] [--since V] [--json|--csv|--python]
                        the audit events of CPython V (default: the newest bundled build; "3.12": the newest
                        3.12 build), or those added or with other arguments since V; as text, JSON, CSV or a
                        Python module with an audit-hook skeleton
                          e.g. doctable events --version 3.13 --since 3.12 --python > audit_events.py
  diff A B [--json]     the events added, removed and changed from A to B (versions or files)
                          e.g. doctable diff 3.12 3.13 --json

options:
  -h, --help            show this help
  --version             show the version`;

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;
const EXIT_INTERNAL = 70;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'parse':
        return await parseCommand(rest);
      case 'serve':
        return await serveCommand(rest);
      case 'scan':
        return await (await import('./scan.js')).scanCommand(rest);
      case 'check':
        return await (await import('./check.js')).runCheckCommand(rest);
      case 'events':
        return await (await import('./events.js')).eventsCommand(rest);
      case 'diff':
        return await (await import('./diff.js')).diffCommand(rest);
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(`${USAGE}\n`);
        return EXIT_OK;
      case '--version':
        process.stdout.write(`${await packageVersion()}\n`);
        return EXIT_OK;
      case undefined:
        process.stderr.write(`${USAGE}\n`);
        return EXIT_USAGE;
      default:
        process.stderr.write(`doctable: unknown command "${command}" (doctable --help lists them)\n`);
        return EXIT_USAGE;
    }
  } catch (error) {
    process.stderr.write(`doctable: internal error: ${errorMessage(error)}\n`);
    return EXIT_INTERNAL;
  }
}

const PARSE_USAGE = 'usage: doctable parse FILE [--json]';

async function parseCommand(args: string[]): Promise<number> {
  const parsed = parseJsonCommandArgs('parse', PARSE_USAGE, args);
  if (typeof parsed === 'number') return parsed;
  if (parsed.positionals.length !== 1) return usageError('parse', PARSE_USAGE, parsed.positionals.length === 0 ? 'which file?' : 'one file at a time (doctable scan reads many)');
  const file = parsed.positionals[0]!;

  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    process.stderr.write(`doctable: cannot read ${file}: ${readError(error)}\n`);
    return EXIT_FAILURE;
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') {
    process.stderr.write(`doctable: ${file}: not a text file (${decoded.problems.join('; ')})\n`);
    return EXIT_FAILURE;
  }

  let model: DocTableModel;
  try {
    model = parseDocTable(decoded.text, parseOptionsFor(decoded, file));
  } catch (error) {
    if (error instanceof NotADocTableError) {
      process.stderr.write(`doctable: ${file}: ${error.message}\n`);
      return EXIT_FAILURE;
    }
    throw error;
  }
  // The page itself, but no audit table in it (a reST source holding only the directive that generates the
  // table, a catalog of prose only): nothing to show, so the contract's "holds no audit events table" applies.
  if (model.tables.every((table) => table.rows.length === 0)) {
    process.stderr.write(`doctable: ${file}: the audit events page, but no table rows in it (${noRowsReason(model)})\n`);
    return EXIT_FAILURE;
  }
  for (const problem of decoded.problems) model.diagnostics.unshift({ severity: 'warning', message: problem, line: null });

  const output = parsed.json ? `${JSON.stringify(model, null, 2)}\n` : formatSummary(file, model, decoded.encoding);
  process.stdout.write(output);
  return EXIT_OK;
}

function noRowsReason(model: DocTableModel): string {
  if (model.format === 'rst') return 'reST source: the table is generated at build time';
  if (model.format === 'po') return 'gettext catalog of its prose only';
  return `read as ${model.format}`;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return errorMessage(error);
  }
}

/** The serve host is another part of the app: say so plainly when it is not there. */
async function serveCommand(args: string[]): Promise<number> {
  let serve: typeof import('../serve/cli.js');
  try {
    serve = await import('../serve/cli.js');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    const message = error instanceof Error ? error.message : '';
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && message.includes('serve/cli')) {
      process.stderr.write('doctable serve: the serve host is not in this build (electron/serve/cli.ts is missing)\n');
      return EXIT_FAILURE;
    }
    throw error;
  }
  return serve.runServeCommand(args);
}

async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
}
