/**
 * Everything the user chose (view, source, tab, filters, sort, BOM) as one plain value, written to the URL hash
 * and sessionStorage so it survives a reload of the data and of the page.
 */
import { COLUMN_IDS, EMPTY_FILTERS, type ColumnId, type FilterState } from '../table/filters.js';
import { SPLITS, type Split } from './split.js';
import { ALL_SOURCES } from '../table/rows.js';
import type { SortRule } from '../table/sort.js';
import { ROW_COLUMN_IDS } from '../table/rowColumns.js';
import { DEFAULT_COMPARE_CHOICE, readCompareParams, writeCompareParams, type CompareChoice } from './compareInUrl.js';

export type ViewName = 'table' | 'compare' | 'versions';

/** The table view's rows: one per file and event ('rows'), or one per event across the sources ('events'). */
export type TableLayout = 'rows' | 'events';

/** Ids a sort may name: the rows view's columns and the by-event view's own. */
const SORT_IDS: readonly string[] = [...ROW_COLUMN_IDS, 'presence', 'kind'];

export interface ViewState {
  view: ViewName;
  /** A file id, or ALL_SOURCES. */
  source: string;
  filters: FilterState;
  sorting: SortRule[];
  /** Prefix exported CSV with a UTF-8 byte order mark (spreadsheet programs then read CJK text right). */
  bom: boolean;
  layout: TableLayout;
  /** Neutralise spreadsheet formulas in exported CSV (a leading quote); off for non-spreadsheet use. */
  formulaGuard: boolean;
  /** The compare view's picked files and reference (state/compareInUrl.ts). */
  compare: CompareChoice;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'table',
  source: ALL_SOURCES,
  filters: EMPTY_FILTERS,
  sorting: [],
  bom: true,
  layout: 'rows',
  formulaGuard: true,
  compare: DEFAULT_COMPARE_CHOICE,
};

/** URL query syntax (without the leading `#`), listing only what differs from the defaults. */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.source !== DEFAULT_VIEW_STATE.source) params.set('src', state.source);
  const { filters } = state;
  if (filters.split !== EMPTY_FILTERS.split) params.set('tab', filters.split);
  if (filters.query) params.set('q', filters.query);
  for (const id of COLUMN_IDS) {
    const value = filters.columns[id];
    if (value) params.set(`f.${id}`, value);
  }
  for (const module of filters.modules) params.append('mod', module);
  if (filters.argument) params.set('arg', filters.argument);
  for (const rule of state.sorting) params.append('sort', (rule.desc ? '-' : '') + rule.id);
  if (state.bom !== DEFAULT_VIEW_STATE.bom) params.set('bom', state.bom ? '1' : '0');
  if (state.layout === 'events') params.set('by', 'event');
  if (!state.formulaGuard) params.set('guard', '0');
  writeCompareParams(params, state.compare);
  return params.toString();
}

function isSplit(value: string | null): value is Split {
  return SPLITS.includes(value as Split);
}

/** Reads what encodeViewState wrote; anything missing or malformed takes its default. */
export function decodeViewState(text: string): ViewState {
  const params = new URLSearchParams(text.replace(/^#/, ''));
  const split = params.get('tab');
  const columns: Partial<Record<ColumnId, string>> = {};
  for (const id of COLUMN_IDS) {
    const value = params.get(`f.${id}`);
    if (value) columns[id] = value;
  }
  const sorting = params
    .getAll('sort')
    .filter(Boolean)
    .map((entry) => ({ id: entry.replace(/^-/, ''), desc: entry.startsWith('-') }))
    .filter((rule) => SORT_IDS.includes(rule.id));
  const bom = params.get('bom');
  return {
    view: params.get('view') === 'compare' ? 'compare' : params.get('view') === 'versions' ? 'versions' : 'table',
    source: params.get('src') || ALL_SOURCES,
    filters: {
      query: params.get('q') ?? '',
      split: isSplit(split) ? split : EMPTY_FILTERS.split,
      columns,
      modules: [...new Set(params.getAll('mod'))],
      argument: params.get('arg') ?? '',
    },
    sorting,
    bom: bom === null ? DEFAULT_VIEW_STATE.bom : bom === '1',
    layout: params.get('by') === 'event' ? 'events' : 'rows',
    formulaGuard: params.get('guard') !== '0',
    compare: readCompareParams(params),
  };
}
