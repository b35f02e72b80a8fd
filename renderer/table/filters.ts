/**
 * The table's filtering: the text filters first mark matching rows with native string search over the joined
 * text columns (textColumn.ts), then one pass over the (already sorted) row order checks the rest with typed
 * arrays and counts the facets (tabs, modules, arguments): each facet shows what choosing it would give under
 * the other filters.
 * Pure and DOM-free, so it is unit-tested and benchmarked at 100k rows without React.
 */
import { KIND_CODES, type RowSet } from './rows.js';
import type { Split } from '../state/split.js';
import { countMatches, countPatternMatches, type TextColumn } from './textColumn.js';
import { parseSearch, termPattern } from './searchSyntax.js';


/** Columns with their own text filter (and sort). */
export type ColumnId = 'event' | 'args' | 'refs' | 'source';

export const COLUMN_IDS: readonly ColumnId[] = ['event', 'args', 'refs', 'source'];

export interface FilterState {
  /** The one search box: every term must match (searchSyntax.ts: substrings, field:value, `*`, "exact"). */
  query: string;
  split: Split;
  /** Per-column "contains" filters (case-insensitive). */
  columns: Partial<Record<ColumnId, string>>;
  /** Module facet: rows whose module is any of these ("" is events without a dot). Empty = no module filter. */
  modules: readonly string[];
  /** Argument filter: rows that take an argument with exactly this name (case-insensitive). "" = none. */
  argument: string;
}

export const EMPTY_FILTERS: FilterState = { query: '', split: 'public', columns: {}, modules: [], argument: '' };

export interface FacetCount {
  value: string;
  count: number;
}

export interface FilterResult {
  /** Indices into RowSet.rows of the rows shown, in display order. */
  indices: Int32Array;
  /** Rows each tab would show under the other filters. */
  splitCounts: Readonly<Record<Split, number>>;
  /**
   * Every module of the row set (and every chosen one) with the rows choosing it would give under the other
   * filters; most rows first, then by name.
   */
  modules: readonly FacetCount[];
  /** Every argument name with the rows that take it under the other filters; sorted by name. */
  argumentNames: readonly FacetCount[];
  /** The argument typed is only the start of names so far: not filtering until it is a whole name. */
  argumentPending: boolean;
}

/** True when anything besides the tab narrows the rows (what "clear filters" undoes). */
export function hasActiveFilters(state: FilterState): boolean {
  return (
    state.query.trim() !== '' ||
    state.modules.length > 0 ||
    state.argument.trim() !== '' ||
    Object.values(state.columns).some((value) => (value ?? '').trim() !== '')
  );
}

export function clearFilters(state: FilterState): FilterState {
  return { ...EMPTY_FILTERS, split: state.split };
}

/** Needles as the text columns store text: lower-cased, without the row separator. */
function needle(text: string): string {
  return text.replaceAll('\u0000', '').trim().toLowerCase();
}

/** Per row, how many of the text filters (search terms + column filters) it passes; null when none is set. */
function textHits(set: RowSet, state: FilterState): { hits: Uint8Array; required: number } | null {
  const wanted: [TextColumn, string | RegExp][] = parseSearch(state.query).map((term) => [
    set.columns[term.column],
    termPattern(term) ?? term.text,
  ]);
  for (const id of COLUMN_IDS) {
    const text = needle(state.columns[id] ?? '');
    if (text) wanted.push([set.columns[id], text]);
  }
  if (wanted.length === 0) return null;
  const hits = new Uint8Array(set.rows.length);
  for (const [column, text] of wanted) {
    if (typeof text === 'string') countMatches(column, text, hits);
    else countPatternMatches(column, text, hits);
  }
  return { hits, required: wanted.length };
}

/** Flags by id for the chosen values, or null when the facet is not filtering. */
function chosenFlags(names: readonly string[], chosen: (name: string) => boolean, active: boolean): Uint8Array | null {
  if (!active) return null;
  const flags = new Uint8Array(names.length);
  names.forEach((name, id) => {
    if (chosen(name)) flags[id] = 1;
  });
  return flags;
}

/**
 * Counts each (group, value) pair once: the by-event view's facets count events, not the file rows standing for
 * them. A bitmap while groups × values stays small, else a set of pair numbers.
 */
function pairCounter(groups: number, values: number): (group: number, value: number) => boolean {
  if (groups * values <= 1 << 22) {
    const seen = new Uint8Array(groups * values);
    return (group, value) => {
      const at = group * values + value;
      if (seen[at]) return false;
      seen[at] = 1;
      return true;
    };
  }
  const seen = new Set<number>();
  return (group, value) => {
    const at = group * values + value;
    if (seen.has(at)) return false;
    seen.add(at);
    return true;
  };
}

/**
 * Filters `set` in the given order (a permutation from sortedOrder(), or null for document order).
 * The shown indices keep that order, so sorting costs nothing per keystroke.
 *
 * For the by-event view (`byEvent`: each row's event group), the rows of every tab are shown (the tab applies to
 * the events, in byEvent.ts), while the module and argument facets count the tab's events, each once, not the file
 * rows standing for them.
 */
export function filterRows(
  set: RowSet,
  order: ArrayLike<number> | null,
  state: FilterState,
  byEvent?: { groupOfRow: Int32Array; groupCount: number },
): FilterResult {
  const groupOfRow = byEvent?.groupOfRow;
  const groupCount = byEvent?.groupCount ?? 0;
  const { kinds, moduleIds, argStarts, argIds } = set.columns;
  const text = textHits(set, state);
  const chosenModules = new Set(state.modules);
  const moduleFlags = chosenFlags(set.modules, (name) => chosenModules.has(name), state.modules.length > 0);
  const argument = state.argument.trim().toLowerCase();
  // While the typed text is only the start of argument names (typing "pa" toward "path"), it does not filter
  // yet: the suggestions show what it can become, instead of "No events match" flashing at each key.
  const argumentPending =
    argument !== '' &&
    !set.argNames.some((name) => name.toLowerCase() === argument) &&
    set.argNames.some((name) => name.toLowerCase().startsWith(argument));
  const argFlags = chosenFlags(set.argNames, (name) => name.toLowerCase() === argument, argument !== '' && !argumentPending);
  const facetSplitCode = state.split === 'all' ? -1 : KIND_CODES[state.split];
  const splitCode = byEvent ? -1 : facetSplitCode;

  const kindCounts = new Int32Array(2);
  const moduleCounts = new Int32Array(set.modules.length);
  const argCounts = new Int32Array(set.argNames.length);
  const shown = new Int32Array(set.rows.length);
  let shownCount = 0;
  const firstModuleOfGroup = groupOfRow ? pairCounter(groupCount, 1) : null;
  const firstArgOfGroup = groupOfRow ? pairCounter(groupCount, set.argNames.length) : null;
  const count = order ? order.length : set.rows.length;

  for (let position = 0; position < count; position++) {
    const index = order ? order[position]! : position;
    if (text && text.hits[index] !== text.required) continue;
    const kind = kinds[index]!;
    const splitOk = splitCode < 0 || kind === splitCode;
    const facetOk = facetSplitCode < 0 || kind === facetSplitCode;
    const moduleOk = !moduleFlags || moduleFlags[moduleIds[index]!] === 1;
    const argsFrom = argStarts[index]!;
    const argsTo = argStarts[index + 1]!;
    let argOk = !argFlags;
    if (argFlags) {
      for (let k = argsFrom; k < argsTo; k++) {
        if (argFlags[argIds[k]!]) {
          argOk = true;
          break;
        }
      }
    }
    if (moduleOk && argOk) kindCounts[kind]! += 1;
    if (facetOk) {
      const group = groupOfRow ? groupOfRow[index]! : -1;
      if (argOk && (!firstModuleOfGroup || firstModuleOfGroup(group, 0))) moduleCounts[moduleIds[index]!]! += 1;
      if (moduleOk) {
        for (let k = argsFrom; k < argsTo; k++) if (!firstArgOfGroup || firstArgOfGroup(group, argIds[k]!)) argCounts[argIds[k]!]! += 1;
      }
    }
    if (splitOk && moduleOk && argOk) shown[shownCount++] = index;
  }

  const modules: FacetCount[] = set.modules.map((value, id) => ({ value, count: moduleCounts[id]! }));
  // A chosen module missing from these files stays listed (count 0), so it can be unchecked.
  for (const value of chosenModules) if (!set.modules.includes(value)) modules.push({ value, count: 0 });
  modules.sort((a, b) => b.count - a.count || compareText(a.value, b.value));
  const argumentNames = set.argNames
    .map((value, id) => ({ value, count: argCounts[id]! }))
    .filter((facet) => facet.count > 0)
    .sort((a, b) => compareText(a.value, b.value));

  const publicCount = kindCounts[KIND_CODES.public]!;
  const internalCount = kindCounts[KIND_CODES.internal]!;
  return {
    indices: shown.subarray(0, shownCount),
    splitCounts: { public: publicCount, internal: internalCount, all: publicCount + internalCount },
    modules,
    argumentNames,
    argumentPending,
  };
}

/** Code-point order after case folding: stable and fast (no locale collation needed for identifiers). */
export function compareText(a: string, b: string): number {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left !== right) return left < right ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
