/**
 * Helpers for the library's tests and benchmark: real corpus files, temp folders, a parser that counts its
 * (real) calls, and waiting for the change a file event causes instead of sleeping.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../core/decode.js';
import type { DocTableModel, ParseOptions } from '../core/model.js';
import { parseDocTable } from '../core/parse.js';
import { CORPUS } from '../core/test-support/corpus.js';
import type { LibraryChange, LibrarySnapshot } from '../shared/library-types.js';
import type { DocLibrary } from './contract.js';

/** The shared corpus (see core/test-support/corpus.ts for where it is looked for). */
export const CORPUS_DIR = CORPUS;

/** A corpus file by the start of its name, e.g. corpusFile('real', 'en_3.12.1_html'). */
export function corpusFile(folder: 'real' | 'seeds', prefix: string): string {
  const dir = path.join(CORPUS_DIR, folder);
  const name = readdirSync(dir).find((entry) => entry.startsWith(prefix));
  if (!name) throw new Error(`No corpus file ${folder}/${prefix}* in ${dir}`);
  return path.join(dir, name);
}

export async function makeTempDir(label: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `doctable-library-${label}-`));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** The real parser, with the number of calls per path (what "parsed again" means). */
export function countingParser(): {
  parse: (text: string, options: ParseOptions) => DocTableModel;
  calls: (filePath: string) => number;
  total: () => number;
} {
  const calls = new Map<string, number>();
  return {
    parse: (text, options) => {
      const key = options.path ?? '';
      calls.set(key, (calls.get(key) ?? 0) + 1);
      return parseDocTable(text, options);
    },
    calls: (filePath) => calls.get(filePath) ?? 0,
    total: () => [...calls.values()].reduce((sum, n) => sum + n, 0),
  };
}

export const CHANGE_TIMEOUT_MS = 10_000;

/**
 * Resolves with the snapshot after the first change (from now on) for which `until` holds.
 * Call it before acting, await it after: the change cannot slip by in between.
 */
export function nextChange(
  library: DocLibrary,
  until: (snapshot: LibrarySnapshot, change: LibraryChange) => boolean,
  what: string,
  timeoutMs = CHANGE_TIMEOUT_MS,
): Promise<{ snapshot: LibrarySnapshot; change: LibraryChange; changes: LibraryChange[] }> {
  return new Promise((resolve, reject) => {
    const changes: LibraryChange[] = [];
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`No change for "${what}" within ${timeoutMs} ms; now: ${summarise(library.snapshot())}`));
    }, timeoutMs);
    const unsubscribe = library.subscribe((change) => {
      changes.push(change);
      const snapshot = library.snapshot();
      if (!until(snapshot, change)) return;
      clearTimeout(timer);
      unsubscribe();
      resolve({ snapshot, change, changes });
    });
  });
}

export function fileByName(snapshot: LibrarySnapshot, relPath: string) {
  return snapshot.files.find((file) => file.relPath === relPath);
}

export function summarise(snapshot: LibrarySnapshot): string {
  const files = snapshot.files.map((f) => `${f.relPath}=${f.status}${f.message ? `(${f.message})` : ''}`);
  return `rev ${snapshot.revision} [${files.join(', ')}] problems [${snapshot.problems.join('; ')}]`;
}

export function rowCount(model: DocTableModel | null): number {
  return model?.tables.reduce((sum, table) => sum + table.rows.length, 0) ?? 0;
}

/** Writes files (creating folders) below root: relPath -> content. */
export async function plant(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [relPath, content] of Object.entries(files)) {
    const target = path.join(root, relPath);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}

/** The bytes of a corpus file (see corpusFile). */
export function corpusBytes(folder: 'real' | 'seeds', prefix: string): Promise<Buffer> {
  return readFile(corpusFile(folder, prefix));
}

/** The first bytes of a PNG file, padded: binary content under a doc-table name (image.txt). */
export function pngBytes(length = 2048): Buffer {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  return Buffer.concat([Buffer.from(signature), Buffer.alloc(Math.max(0, length - signature.length))]);
}

/**
 * A browser-text doc table with `rows` made-up events (plus os.system): big enough that parsing it takes a
 * while (tens of ms at 20,000 rows), for tests that stop a parser worker in the middle of a parse.
 */
export function bigDocText(rows: number, tag = 'big'): string {
  const lines = ['Audit events table', 'Audit event\tArguments\tReferences', 'os.system\tcommand\t[1]'];
  for (let i = 0; i < rows; i++) lines.push(`${tag}.event_${i}\tpath, mode\t[1]`);
  return `${lines.join('\n')}\n`;
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
/** The user "nobody": permissions apply to it (they do not to root, which these tests run as here). */
export const NOBODY = 65534;

/**
 * Whether a scenario can run as nobody here: this process is root (it may switch users) and nobody may reach
 * the checkout (every folder above it searchable by others; a clone inside `mktemp -d`, mode 700, is not).
 */
export function canRunAsNobody(): { ok: true } | { ok: false; why: string } {
  if (process.getuid?.() !== 0) return { ok: false, why: 'needs root, to run a scenario as the user nobody' };
  for (let folder = REPO; ; folder = path.dirname(folder)) {
    if ((statSync(folder).mode & 0o001) === 0) return { ok: false, why: `the user nobody cannot enter ${folder}` };
    if (path.dirname(folder) === folder) return { ok: true };
  }
}

/**
 * Runs a scenario script (electron/library/testing/) in a child Node process through tsx, as `uid` (and its
 * group) when given, killed after 60 s. Scenarios print their result as JSON on their last line: see lastJsonLine.
 */
export function runScenario(scenario: URL, args: string[], uid?: number): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [path.join(REPO, 'bin', 'run-ts.mjs'), fileURLToPath(scenario), ...args], {
    cwd: REPO,
    ...(uid === undefined ? {} : { uid, gid: uid }),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** The JSON a scenario printed on its last line of output. */
export function lastJsonLine<T>(stdout: string): T {
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as T;
}

/** The shared corpus' sample of a full Sphinx HTML build: one audit events page (library/audit_events.html) among ~100. */
export const CORPUS_TREE = path.join(CORPUS_DIR, 'trees', 'en_3.12.1_html-build-sample_MegaPlayerXD-python-documentation-html');
/** Files of CORPUS_TREE with a candidate's name (objects.inv is none), one of them the audit page. */
export const CORPUS_TREE_CANDIDATES = 96;

/**
 * Whether the parser refuses pages of a docs build that merely hold tables (issue 11, item 1, on the recognition
 * branch). Until it does, ~37 pages of CORPUS_TREE read as audit tables, and tests asserting "exactly the audit
 * pages" of the tree are skipped (with a warning).
 */
export function parserTellsPagesApart(): boolean {
  const other = readFileSync(path.join(CORPUS_TREE, 'library', 'asyncio-api-index.html'));
  try {
    parseDocTable(decodeText(other).text, { path: 'asyncio-api-index.html' });
    return false;
  } catch {
    return true;
  }
}
