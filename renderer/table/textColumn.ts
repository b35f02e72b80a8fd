/**
 * One searchable text per row, stored as a single lower-cased string with row offsets. Finding the rows that
 * contain a needle is then a native `indexOf` scan that jumps from match to match, instead of one `includes`
 * call (and one scattered memory read) per row: this is what keeps a keystroke under a frame at 100k rows.
 */

/** Separates rows in the joined text; never typed by a user, so no needle can match across two rows. */
const SEPARATOR = '\u0000';

export interface TextColumn {
  /** Every row's lower-cased text, each followed by SEPARATOR. */
  readonly text: string;
  /** starts[i] = offset of row i in `text`; starts[rowCount] = text.length. */
  readonly starts: Int32Array;
}

export class TextColumnBuilder {
  private readonly parts: string[] = [];
  private readonly offsets: number[] = [0];
  private length = 0;

  add(text: string): void {
    // Lower-cased piece by piece: lower-casing can change a string's length, which would shift later offsets.
    const lower = (text.includes(SEPARATOR) ? text.replaceAll(SEPARATOR, ' ') : text).toLowerCase();
    this.parts.push(lower);
    this.length += lower.length + 1;
    this.offsets.push(this.length);
  }

  /** Adds `count` rows of the same text (a file's Source column) with one string instead of `count`. */
  addRepeated(text: string, count: number): void {
    if (count <= 0) return;
    const lower = (text.includes(SEPARATOR) ? text.replaceAll(SEPARATOR, ' ') : text).toLowerCase();
    this.parts.push(Array(count).fill(lower).join(SEPARATOR));
    for (let i = 0; i < count; i++) {
      this.length += lower.length + 1;
      this.offsets.push(this.length);
    }
  }

  build(): TextColumn {
    return { text: this.parts.join(SEPARATOR) + SEPARATOR, starts: Int32Array.from(this.offsets) };
  }
}

/**
 * The row whose text holds `offset`, searching forward from row `from` (matches come in increasing offsets):
 * galloping, so dense matches cost a step each and sparse ones a logarithmic search.
 */
function rowAt(starts: Int32Array, offset: number, from: number): number {
  const last = starts.length - 2;
  let low = from;
  let step = 1;
  while (low + step <= last && starts[low + step]! <= offset) {
    low += step;
    step *= 2;
  }
  let high = Math.min(last, low + step - 1);
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Adds 1 to hits[row] for every row whose text contains `needle` (already lower-cased, not empty). */
export function countMatches(column: TextColumn, needle: string, hits: Uint8Array): void {
  const { text, starts } = column;
  let row = 0;
  for (;;) {
    const at = text.indexOf(needle, starts[row]);
    if (at < 0) return;
    row = rowAt(starts, at, row);
    hits[row]! += 1;
    row += 1; // one hit per row: go on with the next row
    if (row >= starts.length - 1) return;
  }
}

/**
 * Adds 1 to hits[row] for every row whose text matches `pattern` (global; it never matches across the row
 * separator: see searchSyntax.ts). Once per row, like countMatches.
 */
export function countPatternMatches(column: TextColumn, pattern: RegExp, hits: Uint8Array): void {
  const { text, starts } = column;
  const last = starts.length - 2;
  let row = 0;
  pattern.lastIndex = 0;
  for (;;) {
    const match = pattern.exec(text);
    if (!match) return;
    // A match may begin with the separator before its row (the exact form): its row is the one after.
    const at = match[0].startsWith(SEPARATOR) ? match.index + 1 : match.index;
    row = rowAt(starts, at, row);
    hits[row]! += 1;
    row += 1;
    if (row > last) return;
    // From the separator before the next row: the exact form starts its match there.
    pattern.lastIndex = starts[row]! - 1;
  }
}
