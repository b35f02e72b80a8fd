/**
 * What `doctable events` and `doctable diff` name on the command line: a truth build by version ("3.12.4", or "3.12"
 * for the newest build of that series), or a file of the page (parsed like `doctable parse`).
 */
import { readFile, stat } from 'node:fs/promises';
import { decodeText } from '../core/decode.js';
import { NotADocTableError } from '../core/model.js';
import { parseDocTable } from '../core/parse.js';
import { bundledTruth } from '../shared/versions/bundled.js';
import { fileSetId, modelSet, type EventSet } from '../shared/versions/event-set.js';
import { resolveTruthVersion } from '../shared/versions/resolve.js';
import { errorMessage } from '../shared/error-message.js';

/** A problem with what the user named: one line for stderr, and whether it is a usage error (exit 2) or not (1). */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly usage: boolean,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

export function knownVersionsText(): string {
  return bundledTruth().sets.map((set) => set.version).join(', ');
}

export function truthVersion(query: string): EventSet {
  const set = resolveTruthVersion(bundledTruth().sets, query);
  if (!set) throw new SourceError(`unknown version "${query}" (known: ${knownVersionsText()}; "3.12" names the newest 3.12 build)`, true);
  return set;
}

export function newestTruth(): EventSet {
  return bundledTruth().sets.at(-1)!;
}

async function isFile(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isFile();
  } catch {
    return false;
  }
}

export async function fileSet(file: string): Promise<EventSet> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new SourceError(`cannot read ${file}: ${errorMessage(error)}`, false);
  }
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') throw new SourceError(`${file}: not a text file`, false);
  try {
    const model = parseDocTable(decoded.text, { path: file });
    const version = model.version?.value ?? 'version unknown';
    return modelSet(fileSetId(file), file, `${file} (${model.locale ?? 'unknown locale'} ${version})`, model);
  } catch (error) {
    if (error instanceof NotADocTableError) throw new SourceError(`${file}: not an audit events table: ${error.message}`, false);
    throw error;
  }
}

/** A file when one exists at that path, else a truth version. */
export async function versionOrFile(operand: string): Promise<EventSet> {
  if (await isFile(operand)) return fileSet(operand);
  if (/[\\/]/.test(operand) || !/^\s*v?\d/.test(operand)) {
    throw new SourceError(`${operand}: no such file, and not a version (known: ${knownVersionsText()})`, false);
  }
  return truthVersion(operand);
}
