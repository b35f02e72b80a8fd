/**
 * Every real file of the shared corpus (seeds/ and real/), mangled the ways files get mangled on disk: cut at
 * every tenth of its bytes (a copy or a download that stopped), re-encoded (UTF-16 LE/BE with a BOM, CRLF, CR,
 * Latin-1), and bytes flipped. Read as the app reads files (bytes → decodeText → parseDocTable): only ever a
 * model or NotADocTableError, and a cut file keeps the complete rows before the cut and says it was cut.
 * The library side of the same files is electron/library/mangled.faults.test.ts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';
import { NotADocTableError, type DocTableModel } from './model.js';
import { parseDocTable } from './parse.js';
import { CORPUS, corpusPath, hasCorpus } from './test-support/corpus.js';

const SCALE = Math.max(1, Number(process.env['DOCTABLE_FUZZ_SCALE'] ?? 1) || 1);

const FILES = hasCorpus
  ? ['seeds', 'real'].flatMap((folder) => readdirSync(corpusPath(folder)).sort().map((name) => `${folder}/${name}`))
  : [];

interface Read {
  model: DocTableModel | null;
  /** Problems decodeText met (invalid UTF-8 ...); "binary" content is never parsed. */
  problems: string[];
  encoding: string;
}

/** As the library reads a file; anything thrown but NotADocTableError fails the test. */
function read(bytes: Uint8Array, filePath: string): Read {
  const decoded = decodeText(bytes);
  if (decoded.encoding === 'binary') return { model: null, problems: decoded.problems, encoding: decoded.encoding };
  try {
    return { model: parseDocTable(decoded.text, { path: filePath }), problems: decoded.problems, encoding: decoded.encoding };
  } catch (error) {
    if (error instanceof NotADocTableError) return { model: null, problems: decoded.problems, encoding: decoded.encoding };
    throw error;
  }
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const rowsOf = (model: DocTableModel, kind: 'public' | 'internal') =>
  model.tables.find((table) => table.kind === kind)?.rows ?? [];
const events = (model: DocTableModel | null) => model?.tables.map((table) => [table.kind, table.rows.map((row) => row.event)]);

/** What a mangled file's model must be whatever happened to it. */
function expectSane(model: DocTableModel): void {
  expect(model.tables.length).toBeLessThanOrEqual(2);
  expect(new Set(model.tables.map((table) => table.kind)).size).toBe(model.tables.length);
  if (model.version) expect(model.version.confidence).toBeGreaterThanOrEqual(0);
  if (model.version) expect(model.version.confidence).toBeLessThanOrEqual(1);
  expect(JSON.parse(JSON.stringify(model))).toEqual(model);
}

if (!hasCorpus) {
  it.skip(`mangled corpus files: skipped, no corpus at ${CORPUS} (set DOCTABLE_CORPUS, or put shared/ beside the checkout)`);
}

describe.runIf(hasCorpus).each(FILES)('%s, mangled', (name) => {
  const filePath = corpusPath(name);
  const bytes = readFileSync(filePath);
  const whole = read(bytes, filePath);
  const text = decodeText(bytes).text;

  it('parses whole (the reference for the rest)', () => {
    expect(whole.model).not.toBeNull();
    expect(whole.problems).toEqual([]);
  });

  it('cut at every tenth of its bytes: the complete rows before the cut are kept, and the cut is said', () => {
    const full = whole.model!;
    for (let tenth = 1; tenth <= 9; tenth++) {
      const cut = bytes.subarray(0, Math.floor((bytes.length * tenth) / 10));
      const { model } = read(cut, filePath);
      if (!model) continue;
      const label = `${name} cut at ${tenth}/10`;
      expectSane(model);
      expect(model.format, label).toBe(full.format);
      let truncated = false;
      for (const table of model.tables) {
        const wholeRows = rowsOf(full, table.kind);
        const rows = table.rows;
        expect(rows.length, label).toBeLessThanOrEqual(wholeRows.length);
        // Every row but the last is complete; the last may have been cut inside a cell.
        expect(rows.slice(0, -1), label).toEqual(wholeRows.slice(0, Math.max(0, rows.length - 1)));
        const last = rows.at(-1);
        if (last) expect(wholeRows[rows.length - 1]!.event.startsWith(last.event), `${label}: ${last.event}`).toBe(true);
        if (rows.length < wholeRows.length) truncated = true;
      }
      // A table that lost rows is never shown as complete.
      if (truncated) {
        expect(model.diagnostics.filter((d) => d.severity !== 'info').length, `${label}: no warning`).toBeGreaterThan(0);
      }
    }
  });

  it('in UTF-16 LE or BE with a BOM, or with CRLF or CR line ends: the very same model', () => {
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const variants: Record<string, Buffer> = {
      'utf-16le': utf16le,
      'utf-16be': Buffer.from(utf16le).swap16(),
      crlf: Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8'),
      cr: Buffer.from(text.replace(/\r?\n/g, '\r'), 'utf8'),
      'utf-8 with a BOM': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]),
    };
    for (const [variant, variantBytes] of Object.entries(variants)) {
      const again = read(variantBytes, filePath);
      expect(again.problems, variant).toEqual([]);
      expect(again.model, `${name} as ${variant}`).toEqual(whole.model);
    }
  });

  it('re-encoded as Latin-1, or its UTF-8 read as Latin-1 and saved again (mojibake): the same events', () => {
    const variants: Record<string, Buffer> = {
      // What a Latin-1 editor saves: characters it cannot hold become "?".
      'latin-1': Buffer.from(text.replace(/[^\u0000-\u00ff]/g, '?'), 'latin1'),
      mojibake: Buffer.from(bytes.toString('latin1'), 'utf8'),
    };
    const ascii = /^[\u0000-\u007f]*$/.test(text);
    for (const [variant, variantBytes] of Object.entries(variants)) {
      const again = read(variantBytes, filePath);
      expect(events(again.model), `${name} as ${variant}`).toEqual(events(whole.model));
      // Bytes that are not UTF-8 (and declare no other charset) are recognised as a legacy encoding, or read with
      // replacement characters, and said so.
      if (!isUtf8(variantBytes)) {
        if (again.encoding === 'utf-8') expect(again.problems.join(' '), variant).toMatch(/invalid UTF-8/);
        else expect(again.problems, `${variant} read as ${again.encoding}`).toEqual([]);
      }
      if (ascii) expect(again.model, variant).toEqual(whole.model);
    }
  });

  it('bytes overwritten at random: only ever a model or NotADocTableError', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 64 }),
        (flips) => {
          const damaged = Buffer.from(bytes);
          for (const [where, value] of flips) damaged[Math.min(damaged.length - 1, Math.floor(where * damaged.length))] = value;
          const { model } = read(damaged, filePath);
          if (model) expectSane(model);
        },
      ),
      { numRuns: 15 * SCALE },
    );
  });

  it('a run of bytes zeroed or dropped (a sector lost, a bad merge): only ever a model or NotADocTableError', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 4096 }), fc.boolean(), (where, length, zero) => {
        const at = Math.floor(where * bytes.length);
        const damaged = zero
          ? Buffer.concat([bytes.subarray(0, at), Buffer.alloc(Math.min(length, bytes.length - at)), bytes.subarray(at + length)])
          : Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + length)]);
        const { model } = read(damaged, filePath);
        if (model) expectSane(model);
      }),
      { numRuns: 10 * SCALE },
    );
  });
});

it.runIf(hasCorpus)('the corpus holds both folders', () => {
  expect(FILES.filter((name) => name.startsWith('seeds/')).length).toBeGreaterThan(0);
  expect(FILES.filter((name) => name.startsWith('real/')).length).toBeGreaterThan(0);
  expect(FILES.every((name) => path.basename(name) !== 'README.md')).toBe(true);
});
