/** Search, column filters, the module facet, the argument filter and sorting, checked against the parsed data. */
import { expect } from '@playwright/test';
import type { DocRow } from '../../electron/core/model.js';
import { allRows, matchesSearch, moduleOf } from '../support/library-facts.js';
import { appUi, escapeRegExp, expectShown, renderedRows, type AppUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

/** Column positions in the grid when rows of several files are shown. */
const EVENT = 0;
const ARGS = 1;

async function expectRendered(ui: AppUi, check: (cells: string[]) => boolean, what: string): Promise<void> {
  const rows = await renderedRows(ui);
  expect(rows.length, 'the grid shows rows').toBeGreaterThan(0);
  const failing = rows.filter((row) => !check(row.cells)).map((row) => row.cells.join(' | '));
  expect(failing, `every shown row ${what}`).toEqual([]);
}

function count(rows: readonly DocRow[], keep: (row: DocRow) => boolean): number {
  return rows.filter(keep).length;
}

export async function filtersNarrowTheGrid({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  const publicRows = allRows(await app.snapshot(), 'public');
  const total = publicRows.length;
  await expectShown(ui, total, total);

  // The one search box: event names and arguments.
  await ui.search.fill('socket');
  const bySearch = count(publicRows, (row) => matchesSearch(row, 'socket'));
  expect(bySearch).toBeGreaterThan(0);
  expect(bySearch).toBeLessThan(total);
  await expectShown(ui, bySearch, total);
  await expectRendered(ui, (cells) => `${cells[EVENT]} ${cells[ARGS]}`.toLowerCase().includes('socket'), 'mentions socket');
  await ui.search.fill('socket connect');
  await expectShown(ui, count(publicRows, (row) => matchesSearch(row, 'socket connect')), total);
  await ui.search.fill('');
  await expectShown(ui, total, total);

  // A column filter: only that column.
  await ui.columnFilter('Arguments').fill('path');
  await expectShown(ui, count(publicRows, (row) => row.args.join(', ').toLowerCase().includes('path')), total);
  await expectRendered(ui, (cells) => (cells[ARGS] ?? '').toLowerCase().includes('path'), 'has "path" in its arguments');
  await ui.columnFilter('Arguments').fill('');
  await expectShown(ui, total, total);

  // The module facet: its counts are what choosing it gives.
  const inSqlite = count(publicRows, (row) => moduleOf(row.event) === 'sqlite3');
  const inShutil = count(publicRows, (row) => moduleOf(row.event) === 'shutil');
  expect(inSqlite * inShutil, 'both modules have events').toBeGreaterThan(0);
  const sqlite = ui.filters.getByRole('checkbox', { name: /^sqlite3 \d+$/ });
  await expect(sqlite).toHaveAccessibleName(`sqlite3 ${inSqlite}`);
  await sqlite.check();
  await expectShown(ui, inSqlite, total);
  await expectRendered(ui, (cells) => (cells[EVENT] ?? '').startsWith('sqlite3.'), 'is a sqlite3 event');
  await ui.filters.getByRole('checkbox', { name: /^shutil \d+$/ }).check();
  await expectShown(ui, inSqlite + inShutil, total);
  await ui.page.getByRole('button', { name: 'Clear filters' }).first().click();
  await expectShown(ui, total, total);
  await expect(sqlite).not.toBeChecked();

  // The argument filter: events that take an argument of exactly that name.
  const argument = ui.filters.getByRole('combobox', { name: 'Argument' });
  await argument.fill('path');
  await expectShown(ui, count(publicRows, (row) => row.args.some((arg) => arg.toLowerCase() === 'path')), total);
  await expectRendered(ui, (cells) => (cells[ARGS] ?? '').split(', ').some((arg) => arg.toLowerCase() === 'path'), 'takes path');
  await argument.fill('');
  await expectShown(ui, total, total);

  // Sorting by a column header: ascending, then descending.
  const events = publicRows.map((row) => row.event.toLowerCase()).sort();
  const header = ui.columnHeader('Audit event');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expectSorted(ui, 'ascending', events[0]!);
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expectSorted(ui, 'descending', events[events.length - 1]!);
}

async function expectSorted(ui: AppUi, direction: 'ascending' | 'descending', first: string): Promise<void> {
  await expect(ui.bodyRows.first().getByRole('gridcell').first()).toHaveText(new RegExp(`^${escapeRegExp(first)}$`, 'i'));
  const shown = (await renderedRows(ui)).map((row) => (row.cells[EVENT] ?? '').toLowerCase());
  const sorted = [...shown].sort();
  expect(shown, `rows in ${direction} order`).toEqual(direction === 'ascending' ? sorted : sorted.reverse());
}
