/** Export CSV: the file holds exactly the rows and columns the grid shows, in its order, BOM as chosen. */
import { expect } from '@playwright/test';
import { parseCsv, type ParsedCsv } from '../support/csv.js';
import { allRows, matchesSearch } from '../support/library-facts.js';
import { appUi, columnLabels, expectShown, renderedRows, type AppUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

/** References render as separate links ("[1][2]" on screen, "[1] [2]" in the file): compare them without spaces. */
function comparable(cells: readonly string[], labels: readonly string[]): string[] {
  return cells.map((cell, i) => (labels[i] === 'References' ? cell.replace(/\s+/g, '') : cell));
}

async function expectRenderedRowsInCsv(ui: AppUi, csv: ParsedCsv, labels: readonly string[]): Promise<number[]> {
  const rows = await renderedRows(ui);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(comparable(csv.rows[row.position] ?? [], labels), `CSV row ${row.position + 1} is grid row ${row.position + 1}`).toEqual(
      comparable(row.cells, labels),
    );
  }
  return rows.map((row) => row.position);
}

export async function exportMatchesTheGrid({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  const publicRows = allRows(await app.snapshot(), 'public');

  // Something narrowed and reordered, so the export has to follow the view, not the files.
  await ui.search.fill('os');
  const shown = publicRows.filter((row) => matchesSearch(row, 'os')).length;
  await expectShown(ui, shown, publicRows.length);
  await ui.columnHeader('Arguments').getByRole('button').click();
  await ui.columnHeader('Arguments').getByRole('button').click();
  await expect(ui.columnHeader('Arguments')).toHaveAttribute('aria-sort', 'descending');

  await expect(ui.bomCheckbox).toBeChecked();
  const exported = await app.captureExport(() => ui.exportButton.click());
  expect(exported.fileName).toMatch(/^audit-events-.*public.*\.csv$/);
  const csv = parseCsv(exported.text);
  expect(csv.bom, 'BOM checked: the file starts with a byte order mark').toBe(true);
  const labels = await columnLabels(ui);
  expect(csv.header).toEqual(labels);
  expect(csv.rows).toHaveLength(shown);
  const top = await expectRenderedRowsInCsv(ui, csv, labels);
  expect(top[0]).toBe(0);

  // The end of the list too (the grid only renders the rows in view).
  await ui.grid.focus();
  await app.page.keyboard.press('End');
  await expect(ui.bodyRows.last()).toHaveAttribute('aria-rowindex', String(shown + 2));
  const bottom = await expectRenderedRowsInCsv(ui, csv, labels);
  expect(bottom.at(-1)).toBe(shown - 1);

  // Without the BOM: the same rows, no byte order mark.
  await ui.bomCheckbox.uncheck();
  const plain = parseCsv((await app.captureExport(() => ui.exportButton.click())).text);
  expect(plain.bom).toBe(false);
  expect(plain.rows).toEqual(csv.rows);
}
