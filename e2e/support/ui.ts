/**
 * The app's parts as a user finds them: by role, label and visible text (never by CSS classes), plus readers
 * for what the grid and the status bar show.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type TabName = 'Public' | 'Internal' | 'All';

/** The grid rows' first data row has aria-rowindex 3: a header row and a filter row come first. */
const HEADER_ROWS = 2;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function appUi(page: Page) {
  const grid = page.getByRole('grid', { name: 'Audit events' });
  const sources = page.getByRole('navigation', { name: /^Sources/ });
  return {
    page,
    grid,
    search: page.getByRole('searchbox', { name: 'Search events and arguments' }),
    openFolderButton: page.getByRole('button', { name: 'Open folder…' }),
    samplesButton: page.getByRole('button', { name: 'Samples', exact: true }),
    exportButton: page.getByRole('button', { name: 'Export CSV' }),
    bomCheckbox: page.getByRole('checkbox', { name: 'BOM' }),
    viewButton: (name: 'Table' | 'Compare' | 'Versions') => page.getByRole('group', { name: 'View' }).getByRole('button', { name, exact: true }),
    tab: (name: TabName) => page.getByRole('tablist', { name: 'Event tables' }).getByRole('tab', { name: new RegExp(`^${name}\\b`) }),
    sources,
    /** A file's entry in Sources, by the path shown for it. */
    sourceEntry: (relPath: string) => sources.getByRole('button', { name: new RegExp(`(^|\\s)${escapeRegExp(relPath)}(\\s|$)`) }),
    allFilesEntry: sources.getByRole('button', { name: /^All files\b/ }),
    samplesBadge: sources.getByRole('heading', { name: 'Sources Samples' }),
    filters: page.getByRole('region', { name: 'Filters' }),
    columnFilter: (label: string) => grid.getByRole('searchbox', { name: `Filter ${label}` }),
    columnHeader: (label: string) => grid.getByRole('columnheader', { name: new RegExp(`^${escapeRegExp(label)}`) }),
    bodyRows: grid.getByRole('rowgroup').nth(1).getByRole('row'),
    statusBar: page.getByRole('contentinfo'),
    details: (event: string) => page.getByRole('region', { name: event, exact: true }),
    pathDialog: page.getByRole('dialog', { name: /^Open (folder|file)$/ }),
  };
}

export type AppUi = ReturnType<typeof appUi>;

/** The number a tab shows beside its label ("Public 181" → 181). */
export async function tabCount(ui: AppUi, name: TabName): Promise<number> {
  const text = (await ui.tab(name).textContent()) ?? '';
  const match = /(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`tab ${name} shows no count: "${text}"`);
  return Number(match[1]);
}

export async function expectTabCounts(ui: AppUi, counts: { public: number; internal: number; all: number }): Promise<void> {
  await expect(ui.tab('Public')).toHaveText(new RegExp(`^Public\\s*${counts.public}$`));
  await expect(ui.tab('Internal')).toHaveText(new RegExp(`^Internal\\s*${counts.internal}$`));
  await expect(ui.tab('All')).toHaveText(new RegExp(`^All\\s*${counts.all}$`));
}

/** "12 of 181 public events shown · 3 files" in the status bar. */
export async function shownCounts(ui: AppUi): Promise<{ shown: number; total: number }> {
  const text = (await ui.statusBar.getByText(/events shown/).textContent()) ?? '';
  const match = /(\d+) of (\d+) (?:\w+ )?events shown/.exec(text);
  if (!match) throw new Error(`status bar shows no counts: "${text}"`);
  return { shown: Number(match[1]), total: Number(match[2]) };
}

export async function expectShown(ui: AppUi, shown: number, total?: number): Promise<void> {
  const of = total === undefined ? '\\d+' : String(total);
  await expect(ui.statusBar.getByText(/events shown/)).toHaveText(new RegExp(`^${shown} of ${of} (\\w+ )?events shown`));
  // The grid tells assistive technology the same number of rows (plus its header and filter rows).
  await expect(ui.grid).toHaveAttribute('aria-rowcount', String(shown + HEADER_ROWS));
}

export interface GridRow {
  /** 0-based position among the shown rows. */
  position: number;
  /** Each cell's text, in column order. */
  cells: string[];
  selected: boolean;
}

/** The rows the grid has rendered (it is virtual: only those around the viewport), in order. */
export async function renderedRows(ui: AppUi): Promise<GridRow[]> {
  const rows = await ui.bodyRows.evaluateAll((elements) =>
    elements.map((element) => ({
      rowIndex: Number(element.getAttribute('aria-rowindex')),
      selected: element.getAttribute('aria-selected') === 'true',
      cells: Array.from(element.querySelectorAll('[role="gridcell"]'), (cell) => (cell as { textContent: string | null }).textContent ?? ''),
    })),
  );
  return rows
    .map((row) => ({ position: row.rowIndex - HEADER_ROWS - 1, cells: row.cells as string[], selected: row.selected }))
    .sort((a, b) => a.position - b.position);
}

/** The column headers' labels (without the sort arrows). */
export async function columnLabels(ui: AppUi): Promise<string[]> {
  const texts = await ui.grid.getByRole('columnheader').allTextContents();
  return texts.map((text) => text.replace(/[▲▼]/g, '').trim());
}

/** The grid row at a shown position, once rendered. */
export function rowAt(ui: AppUi, position: number): Locator {
  return ui.bodyRows.and(ui.page.locator(`[aria-rowindex="${position + HEADER_ROWS + 1}"]`));
}

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves there; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 30 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === (element as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reachable with ${backwards ? 'Shift+Tab' : 'Tab'} within ${max} presses`).toBeFocused();
}
