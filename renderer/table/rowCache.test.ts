import { describe, expect, it } from 'vitest';
import type { TableKind } from '../../electron/shared/model';
import { Interner } from '../../electron/shared/interner';
import type { LibraryChange, LibrarySnapshot, SourceFile } from '../../electron/shared/library-types';
import { applyChange } from '../state/snapshot';
import { ja, makeFile, makeSnapshot } from '../test-support/fixtures';
import { ALL_SOURCES, buildFileRows, buildRowSet, KIND_CODES, moduleOf, refsText, RowSetCache, type RowSet, type TableRow } from './rows';
import { TextColumnBuilder } from './textColumn';

/** The row set as the one-pass build made it: without the blocks it was laid out from (checked on their own). */
function withoutBlocks(set: RowSet): Omit<RowSet, 'blocks'> {
  const { blocks: _blocks, ...rest } = set;
  return rest;
}

/**
 * The one-pass build over every file that rows.ts did before row sets were assembled from cached per-file
 * blocks, kept here as the oracle: whatever the cache reuses, the result must equal this.
 */
function referenceRowSet(files: readonly SourceFile[], source: string): Omit<RowSet, 'blocks'> {
  const one = source === ALL_SOURCES ? undefined : files.find((file) => file.id === source);
  const covered = one ? [one] : [...files];
  const modules = new Interner();
  const argNames = new Interner();
  const rows: TableRow[] = [];
  const totals: Record<TableKind, number> = { public: 0, internal: 0 };
  const kinds: number[] = [];
  const moduleIds: number[] = [];
  const argStarts: number[] = [0];
  const argIds: number[] = [];
  const text = {
    search: new TextColumnBuilder(),
    event: new TextColumnBuilder(),
    args: new TextColumnBuilder(),
    refs: new TextColumnBuilder(),
    source: new TextColumnBuilder(),
  };
  for (const file of covered) {
    if (!file.model) continue;
    for (const table of file.model.tables) {
      const repeats = new Map<string, number>();
      for (const docRow of table.rows) {
        const seen = repeats.get(docRow.event) ?? 0;
        repeats.set(docRow.event, seen + 1);
        const module = moduleOf(docRow.event);
        const argsText = docRow.args.join(', ');
        const shownRefs = refsText(docRow.refs);
        rows.push({
          id: `${file.id}|${table.kind}|${docRow.event}${seen ? `|${seen}` : ''}`,
          index: rows.length,
          fileId: file.id,
          fileLabel: file.relPath,
          kind: table.kind,
          event: docRow.event,
          module,
          args: docRow.args,
          argsText,
          refs: docRow.refs,
          refsText: shownRefs,
          line: docRow.line,
        });
        totals[table.kind] += 1;
        kinds.push(KIND_CODES[table.kind]);
        moduleIds.push(modules.id(module));
        for (const id of new Set(docRow.args.map((arg) => argNames.id(arg)))) argIds.push(id);
        argStarts.push(argIds.length);
        text.search.add(`${docRow.event}\n${argsText}`);
        text.event.add(docRow.event);
        text.args.add(argsText);
        text.refs.add(`${shownRefs} ${docRow.refs.map((ref) => ref.target ?? '').join(' ')}`);
        text.source.add(file.relPath);
      }
    }
  }
  return {
    rows,
    columns: {
      kinds: Uint8Array.from(kinds),
      moduleIds: Int32Array.from(moduleIds),
      argStarts: Int32Array.from(argStarts),
      argIds: Int32Array.from(argIds),
      search: text.search.build(),
      event: text.event.build(),
      args: text.args.build(),
      refs: text.refs.build(),
      source: text.source.build(),
    },
    modules: modules.values,
    argNames: argNames.values,
    files: covered,
    totals,
  };
}

const en = makeFile({ id: '1:en/audit.txt', public: [['socket.connect', ['self', 'address']], ['os.chdir', ['path']]] });
const broken: SourceFile = { ...makeFile({ id: '0:broken.html' }), model: null, status: 'error', message: 'not a doc table' };
const tricky = makeFile({ id: '0:t.html', public: [['İstanbul.x', ['ǅ', 'ǅ']], ['zz.new', ['ﬃ', 'path']]] });
const empty = makeFile({ id: '0:empty.html' });

const snapshot = (files: SourceFile[], revision = 1): LibrarySnapshot => makeSnapshot(files, { revision });
const change = (revision: number, parts: Partial<LibraryChange>): LibraryChange => ({ revision, added: [], changed: [], removed: [], ...parts });

describe('buildRowSet (assembled from per-file blocks)', () => {
  it.each([
    ['no files', [], ALL_SOURCES],
    ['one file', [ja], ALL_SOURCES],
    ['several files', [ja, en, tricky], ALL_SOURCES],
    ['files without rows among others', [empty, ja, broken, en, empty], ALL_SOURCES],
    ['only files without rows', [broken, empty], ALL_SOURCES],
    ['one chosen file', [ja, en, tricky], en.id],
    ['an unknown choice', [ja, en], '9:gone.html'],
  ] as const)('equals the one-pass build: %s', (_label, files, source) => {
    expect(withoutBlocks(buildRowSet(files, source))).toEqual(referenceRowSet(files, source));
    expect(withoutBlocks(new RowSetCache().build(files, source))).toEqual(referenceRowSet(files, source));
  });

  it('numbers modules and argument names across files in order of first appearance', () => {
    const set = buildRowSet([en, ja], ALL_SOURCES);
    expect(set.modules).toEqual(['socket', 'os', '', '_winapi']);
    expect(set.argNames.slice(0, 4)).toEqual(['self', 'address', 'path', 'mode']);
  });
});

describe('RowSetCache', () => {
  it('re-derives only the changed file; the other files keep their blocks and row objects', () => {
    const cache = new RowSetCache();
    const before = snapshot([ja, en, tricky]);
    const first = cache.build(before.files, ALL_SOURCES);
    const blocks = before.files.map((file) => cache.fileRows(file));

    const en2 = makeFile({ id: en.id, public: [['socket.connect', ['self', 'address']], ['os.rename', ['src', 'dst']]] });
    const after = applyChange(before, change(2, { changed: [en2] }))!;
    const second = cache.build(after.files, ALL_SOURCES);

    expect(cache.fileRows(ja)).toBe(blocks[0]);
    expect(cache.fileRows(tricky)).toBe(blocks[2]);
    expect(cache.fileRows(en2)).not.toBe(blocks[1]);
    // Same row count: every unchanged file's rows are the very objects of the previous set.
    const unchanged = (set: RowSet) => set.rows.filter((row) => row.fileId !== en.id);
    unchanged(second).forEach((row, i) => expect(row).toBe(unchanged(first)[i]));
    expect(second.rows.some((row) => row.event === 'os.rename')).toBe(true);
    expect(withoutBlocks(second)).toEqual(referenceRowSet(after.files, ALL_SOURCES));
  });

  it('flattens a file once however often the set is built', () => {
    const cache = new RowSetCache();
    const block = cache.fileRows(ja);
    cache.build([ja, en], ALL_SOURCES);
    cache.build([ja, en], ja.id);
    cache.build([en, ja], ALL_SOURCES);
    expect(cache.fileRows(ja)).toBe(block);
    expect(buildFileRows(ja)).not.toBe(block);
    expect(buildFileRows(ja)).toEqual(block);
  });

  it('equals a build from scratch after files are added, changed and removed', () => {
    const cache = new RowSetCache();
    let held: LibrarySnapshot = snapshot([ja, en]);
    const steps: LibraryChange[] = [
      change(2, { added: [tricky] }),
      // More rows than before, in the middle: the rows after it move down.
      change(3, { changed: [makeFile({ id: en.id, public: [['a.b', ['x']], ['c.d', ['y', 'x']], ['os.chdir', ['path']]] })] }),
      change(4, { removed: [ja.id] }),
      change(5, { added: [broken, empty] }),
      change(6, { changed: [makeFile({ id: tricky.id, public: [] })] }),
      change(7, { removed: [en.id, tricky.id, broken.id, empty.id] }),
      change(8, { added: [ja, en] }),
    ];
    expect(withoutBlocks(cache.build(held.files, ALL_SOURCES))).toEqual(referenceRowSet(held.files, ALL_SOURCES));
    for (const step of steps) {
      const previous = new Map(held.files.map((file) => [file, cache.fileRows(file)]));
      held = applyChange(held, step)!;
      for (const source of [ALL_SOURCES, ...held.files.map((file) => file.id)]) {
        expect(withoutBlocks(cache.build(held.files, source)), `revision ${step.revision}, source ${source}`).toEqual(referenceRowSet(held.files, source));
      }
      // The files the change did not bring keep their blocks.
      const kept = held.files.filter((file) => previous.has(file));
      expect(kept.length).toBe(held.files.length - step.added.length - step.changed.length);
      for (const file of kept) expect(cache.fileRows(file)).toBe(previous.get(file));
    }
  });

  it('renumbers the rows of files that moved without touching the rows of earlier sets', () => {
    const cache = new RowSetCache();
    const first = cache.build([ja, en], ALL_SOURCES);
    const enIndices = first.rows.filter((row) => row.fileId === en.id).map((row) => row.index);
    const shorter = makeFile({ id: ja.id, public: [['os.open', ['path']]] });
    const second = cache.build([shorter, en], ALL_SOURCES);
    expect(second.rows.map((row) => row.index)).toEqual([0, 1, 2]);
    // The first set still reads as it did.
    expect(first.rows.filter((row) => row.fileId === en.id).map((row) => row.index)).toEqual(enIndices);
    expect(withoutBlocks(first)).toEqual(referenceRowSet([ja, en], ALL_SOURCES));
    expect(withoutBlocks(second)).toEqual(referenceRowSet([shorter, en], ALL_SOURCES));
    // Going back to one file and to all of them again reuses what was made.
    const single = cache.build([shorter, en], en.id);
    expect(single.rows[0]).toBe(cache.fileRows(en).rows[0]);
    expect(cache.build([shorter, en], ALL_SOURCES).rows[1]).toBe(second.rows[1]);
  });

  it('lists the blocks it laid out with the index of their first rows', () => {
    const set = new RowSetCache().build([ja, en], ALL_SOURCES);
    expect(set.blocks.map((block) => [block.rows.file, block.offset])).toEqual([
      [ja, 0],
      [en, set.rows.findIndex((row) => row.fileId === en.id)],
    ]);
  });
});
