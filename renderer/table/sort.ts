/**
 * Sorting as a permutation of the row set, computed when the sort or the data changes (not per keystroke):
 * filterRows() walks this order, so the filtered rows come out sorted.
 *
 * Keys and orders are kept per file block (rows.ts): each block is sorted once per sort choice while it lives,
 * and a row set's order is the blocks' orders merged. A change to one file then sorts that file's rows and
 * merges (a pass over every row with a few comparisons each) instead of reading and sorting every row again.
 */
import type { SourceFile } from '../../electron/shared/library-types.js';
import type { FileRows, RowSet, TableRow } from './rows.js';
import type { RowColumnId } from './rowColumns.js';

/** One sort key, shaped like @tanstack/table-core's ColumnSort so the table's sorting state is used as is. */
export interface SortRule {
  id: string;
  desc: boolean;
}

type Key = string | number;
type KeyOf = (row: TableRow, file: SourceFile) => Key;

const SORT_KEYS: Record<RowColumnId, KeyOf> = {
  event: (row) => row.event.toLowerCase(),
  args: (row) => row.argsText.toLowerCase(),
  // By how many references an event has (a row without any sorts first ascending).
  refs: (row) => row.refs.length,
  source: (row) => row.fileLabel.toLowerCase(),
  locale: (_row, file) => (file.locale ?? '').toLowerCase(),
  // Numerically by part ("3.9" before "3.10"): zero-padded.
  version: (_row, file) => (file.version?.value ?? '').replace(/\d+/g, (part) => part.padStart(4, '0')),
  format: (_row, file) => file.format ?? '',
  table: (row) => row.kind,
  module: (row) => row.module.toLowerCase(),
  urls: (row) => row.refs.map((ref) => ref.target ?? '').join(' ').toLowerCase(),
};

export function isSortableColumn(id: string): id is RowColumnId {
  return Object.hasOwn(SORT_KEYS, id);
}

interface BlockSort {
  /** Per rule, the key of each of the block's rows. */
  keys: Key[][];
  /** The block's local row indices in sorted order. */
  order: Int32Array;
}

/** Per block, its keys per column and its order per sort choice ("event,-args"); dropped with the block. */
const blockKeys = new WeakMap<FileRows, Map<RowColumnId, Key[]>>();
const blockOrders = new WeakMap<FileRows, Map<string, BlockSort>>();

function keysOf(block: FileRows, column: RowColumnId): Key[] {
  let byColumn = blockKeys.get(block);
  if (!byColumn) blockKeys.set(block, (byColumn = new Map()));
  let keys = byColumn.get(column);
  const keyOf = SORT_KEYS[column];
  if (!keys) byColumn.set(column, (keys = block.rows.map((row) => keyOf(row, block.file))));
  return keys;
}

function compareKeys(left: Key, right: Key, desc: boolean): number {
  if (left === right) return 0;
  return (left < right ? -1 : 1) * (desc ? -1 : 1);
}

function sortBlock(block: FileRows, rules: readonly SortRule[]): BlockSort {
  const choice = rules.map((rule) => (rule.desc ? '-' : '') + rule.id).join(',');
  let byChoice = blockOrders.get(block);
  if (!byChoice) blockOrders.set(block, (byChoice = new Map()));
  let sorted = byChoice.get(choice);
  if (!sorted) {
    const keys = rules.map((rule) => keysOf(block, rule.id as RowColumnId));
    const order = Int32Array.from(block.rows, (_row, index) => index);
    order.sort((a, b) => {
      for (let r = 0; r < rules.length; r++) {
        const by = compareKeys(keys[r]![a]!, keys[r]![b]!, rules[r]!.desc);
        if (by !== 0) return by;
      }
      return a - b;
    });
    sorted = { keys, order };
    byChoice.set(choice, sorted);
  }
  return sorted;
}

/** The row indices in sorted order, or null when nothing sorts (document order). Ties keep document order. */
export function sortedOrder(set: RowSet, sorting: readonly SortRule[]): Int32Array | null {
  const rules = sorting.filter((rule) => isSortableColumn(rule.id));
  if (rules.length === 0) return null;
  const blocks = set.blocks.map((placed) => ({ offset: placed.offset, ...sortBlock(placed.rows, rules) }));
  const out = new Int32Array(set.rows.length);
  if (blocks.length === 1) {
    const only = blocks[0]!;
    for (let i = 0; i < only.order.length; i++) out[i] = only.offset + only.order[i]!;
    return out;
  }
  // A k-way merge over a binary heap of block cursors; equal keys go to the earlier block (document order).
  const cursor = new Int32Array(blocks.length);
  const heap: number[] = [];
  const headKey = (b: number, r: number) => blocks[b]!.keys[r]![blocks[b]!.order[cursor[b]!]!]!;
  const before = (x: number, y: number): boolean => {
    for (let r = 0; r < rules.length; r++) {
      const by = compareKeys(headKey(x, r), headKey(y, r), rules[r]!.desc);
      if (by !== 0) return by < 0;
    }
    return x < y;
  };
  const down = (at: number) => {
    for (;;) {
      const left = at * 2 + 1;
      if (left >= heap.length) return;
      const right = left + 1;
      const child = right < heap.length && before(heap[right]!, heap[left]!) ? right : left;
      if (!before(heap[child]!, heap[at]!)) return;
      [heap[at], heap[child]] = [heap[child]!, heap[at]!];
      at = child;
    }
  };
  blocks.forEach((block, b) => {
    if (block.order.length > 0) heap.push(b);
  });
  for (let at = (heap.length >> 1) - 1; at >= 0; at--) down(at);
  let written = 0;
  while (heap.length > 0) {
    const b = heap[0]!;
    const block = blocks[b]!;
    out[written++] = block.offset + block.order[cursor[b]!]!;
    cursor[b]! += 1;
    if (cursor[b]! >= block.order.length) {
      const last = heap.pop()!;
      if (heap.length === 0) break;
      heap[0] = last;
    }
    down(0);
  }
  return out;
}
