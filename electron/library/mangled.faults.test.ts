/**
 * The corpus files mangled on disk under a live library (real files, real watcher, real parser): each file is
 * overwritten in place by a cut, re-encoded, byte-flipped, emptied or binary version of itself, half the folder
 * at a time. Every file stays listed with a status (and a message unless ok); one the parser refuses keeps
 * showing its last good table; the untouched half does not change; restoring the files restores everything.
 * electron/core/corpus-mangled.fuzz.test.ts checks the parser on the same manglings.
 */
import { readdirSync } from 'node:fs';
import { copyFile, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText } from '../core/decode.js';
import type { DocTableModel } from '../core/model.js';
import type { LibrarySnapshot, SourceFile } from '../shared/library-types.js';
import type { DocLibrary } from './contract.js';
import { createLibrary } from './index.js';
import { BUNDLED_SAMPLES_DIR } from './samples.js';
import { CORPUS_DIR, makeTempDir, removeTempDir, summarise } from './test-support.js';
import { hasCorpus } from '../core/test-support/corpus.js';
import { parseOrNull } from '../core/test-support/parse-or-null.js';

const SOURCES = hasCorpus
  ? ['seeds', 'real'].flatMap((folder) => readdirSync(path.join(CORPUS_DIR, folder)).sort().map((name) => path.join(CORPUS_DIR, folder, name)))
  : [];

type Mangle = (bytes: Buffer, seed: number) => Buffer;

const MANGLES: Array<[string, Mangle]> = [
  ...Array.from({ length: 9 }, (_, i): [string, Mangle] => [`cut at ${i + 1}/10`, (bytes) => bytes.subarray(0, Math.floor((bytes.length * (i + 1)) / 10))]),
  ['UTF-16 LE', (bytes) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')])],
  ['UTF-16 BE', (bytes) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bytes.toString('utf8'), 'utf16le')]).swap16()],
  ['CRLF', (bytes) => Buffer.from(bytes.toString('utf8').replace(/\r?\n/g, '\r\n'))],
  ['Latin-1', (bytes) => Buffer.from(bytes.toString('utf8').replace(/[^\u0000-\u00ff]/g, '?'), 'latin1')],
  [
    'bytes flipped',
    (bytes, seed) => {
      const flips = fc.sample(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 8, maxLength: 64 }), { numRuns: 1, seed })[0]!;
      const damaged = Buffer.from(bytes);
      for (const [at, value] of flips) damaged[at] = value;
      return damaged;
    },
  ],
  ['emptied', () => Buffer.alloc(0)],
  ['binary', (bytes) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), Buffer.alloc(Math.min(bytes.length, 4096))])],
];

/** What the parser itself makes of some bytes: the model, or null when it refuses them (or they are not text). */
function parsedAlone(bytes: Buffer, filePath: string): DocTableModel | null {
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') return null;
  return parseOrNull(decoded.text, { path: filePath });
}

/** Resolves once every file's listed mtime is the one on disk (the library has looked at each write). */
async function settledOn(library: DocLibrary, folder: string, names: readonly string[]): Promise<LibrarySnapshot> {
  const mtimes = new Map<string, number>();
  for (const name of names) mtimes.set(name, (await stat(path.join(folder, name))).mtimeMs);
  const done = (snapshot: LibrarySnapshot) =>
    names.every((name) => snapshot.files.find((file) => file.relPath === name)?.mtimeMs === mtimes.get(name));
  return new Promise((resolve, reject) => {
    if (done(library.snapshot())) return resolve(library.snapshot());
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`not settled: ${summarise(library.snapshot()).slice(0, 3000)}`));
    }, 20_000);
    const unsubscribe = library.subscribe(() => {
      if (!done(library.snapshot())) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(library.snapshot());
    });
  });
}

if (!hasCorpus) it.skip(`library and mangled corpus files: skipped, no corpus at ${CORPUS_DIR}`);

describe.runIf(hasCorpus)('DocLibrary: corpus files mangled in place', () => {
  let folder: string;
  let library: DocLibrary;
  let names: string[];
  let original: Map<string, SourceFile>;
  const warnings: string[] = [];
  const onWarning = (warning: Error): void => {
    if (warning.message.startsWith('DocLibrary')) warnings.push(warning.message);
  };

  beforeAll(async () => {
    folder = await makeTempDir('mangled');
    names = [];
    for (const source of SOURCES) {
      const name = path.basename(source);
      names.push(name);
      await copyFile(source, path.join(folder, name));
    }
    names.sort();
    process.on('warning', onWarning);
    library = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
    const opened = await library.open([folder]);
    original = new Map(opened.files.map((file) => [file.relPath, file]));
  });

  afterAll(async () => {
    process.off('warning', onWarning);
    await library?.close();
    if (folder) await removeTempDir(folder);
  });

  it('lists every corpus file at first', () => {
    expect([...original.keys()]).toEqual(names);
    for (const file of original.values()) expect(file.model, file.relPath).not.toBeNull();
  });

  it.each(MANGLES.map(([label], index) => [label, index] as const))(
    'half the files %s: each listed with a status, refused ones on their last good table, the rest unchanged',
    async (label, index) => {
      const mangle = MANGLES[index]![1];
      // Alternate halves from one mangling to the next, so each file meets about half of them.
      const hit = names.filter((_, n) => (n + index) % 2 === 0);
      const kept = names.filter((name) => !hit.includes(name));
      const beforeRound = library.snapshot();
      const written = new Map<string, Buffer>();
      for (const name of hit) {
        const bytes = mangle(await readFile(path.join(folder, name)), index * 1000 + names.indexOf(name));
        written.set(name, bytes);
        await writeFile(path.join(folder, name), bytes);
      }
      const snapshot = await settledOn(library, folder, hit);

      expect(snapshot.files.map((file) => file.relPath), label).toEqual(names);
      expect(snapshot.problems).toEqual([]);
      for (const file of snapshot.files) {
        expect(['ok', 'warning', 'error'], file.relPath).toContain(file.status);
        if (file.status === 'ok') expect(file.message, file.relPath).toBeNull();
        else expect(file.message?.length, `${label}: ${file.relPath}`).toBeGreaterThan(0);
      }
      for (const name of hit) {
        const file = snapshot.files.find((entry) => entry.relPath === name)!;
        const alone = parsedAlone(written.get(name)!, path.join(folder, name));
        const context = `${label}: ${name} (${file.status}: ${file.message})`;
        if (alone === null) {
          // Refused or not text: an error, and the table it had before stays on show.
          expect(file.status, context).toBe('error');
          expect(file.message, context).toMatch(/\(showing its last good version\)$/);
          expect(file.model, context).not.toBeNull();
        } else {
          expect(file.model, context).toEqual(alone);
        }
      }
      // Published files are replaced, never mutated: an untouched file is the very same object as before.
      for (const name of kept) {
        const file = snapshot.files.find((entry) => entry.relPath === name)!;
        expect(file, name).toBe(beforeRound.files.find((entry) => entry.relPath === name));
      }

      // Put the files back: the library shows exactly what it showed at first.
      for (const name of hit) await copyFile(SOURCES.find((source) => path.basename(source) === name)!, path.join(folder, name));
      const restored = await settledOn(library, folder, hit);
      for (const name of hit) {
        const file = restored.files.find((entry) => entry.relPath === name)!;
        expect({ status: file.status, message: file.message, model: file.model }, name).toEqual({
          status: original.get(name)!.status,
          message: original.get(name)!.message,
          model: original.get(name)!.model,
        });
      }
      expect(warnings).toEqual([]);
    },
  );

  it('opened one by one, mangled files the parser refuses are listed with the reason, not hidden', async () => {
    const single = createLibrary({ samplesDir: BUNDLED_SAMPLES_DIR });
    try {
      const cut = path.join(folder, 'cut-html.html');
      const html = SOURCES.find((source) => source.endsWith('.html'))!;
      await writeFile(cut, (await readFile(html)).subarray(0, 200));
      const binary = path.join(folder, 'binary.txt');
      await writeFile(binary, Buffer.alloc(1024));
      const snapshot = await single.open([cut, binary]);
      expect(snapshot.files.map((file) => [file.name, file.status])).toEqual([
        ['binary.txt', 'error'],
        ['cut-html.html', 'error'],
      ]);
      expect(snapshot.files.find((file) => file.name === 'cut-html.html')!.message).toMatch(/^Not an audit events table: /);
      expect(snapshot.files.find((file) => file.name === 'binary.txt')!.message).toMatch(/^Not text: /);
    } finally {
      await single.close();
    }
  });
});
