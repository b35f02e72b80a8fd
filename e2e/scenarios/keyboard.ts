/**
 * The main paths without a mouse: open a folder (Ctrl+O), search (Ctrl+F), into the grid, arrows, Enter for
 * details, Escape, tabs (Ctrl+Shift+1/2/3 and arrow keys in the tab list), views (Ctrl+1/2/3, the desktop menu's keys too), export (Ctrl+E).
 */
import { expect } from '@playwright/test';
import { allRows, matchesSearch, totals } from '../support/library-facts.js';
import { parseCsv } from '../support/csv.js';
import { appUi, expectShown, renderedRows, rowAt, tabTo } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

export async function keyboardOnly({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  const { page } = app;
  const ui = appUi(page);
  await app.openFolder(folder.dir, { keyboard: true });
  const snapshot = await app.snapshot();
  const counts = totals(snapshot);

  // Ctrl+F, type, Enter: into the grid, on the first row.
  await page.keyboard.press('Control+F');
  await expect(ui.search).toBeFocused();
  await page.keyboard.type('socket');
  const shown = allRows(snapshot, 'public').filter((row) => matchesSearch(row, 'socket')).length;
  expect(shown).toBeGreaterThan(3);
  await expectShown(ui, shown, counts.public);
  await page.keyboard.press('Enter');
  await expect(ui.grid).toBeFocused();
  await expect(rowAt(ui, 0)).toHaveAttribute('aria-selected', 'true');
  const firstId = await rowAt(ui, 0).getAttribute('id');
  await expect(ui.grid).toHaveAttribute('aria-activedescendant', firstId ?? '');

  // Arrows, End, Home move the active row.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(rowAt(ui, 2)).toHaveAttribute('aria-selected', 'true');
  await expect(rowAt(ui, 0)).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowUp');
  await expect(rowAt(ui, 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(rowAt(ui, shown - 1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(rowAt(ui, 0)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');

  // Enter opens the active row's details; Escape closes them and leaves the focus in the grid.
  const active = (await renderedRows(ui)).find((row) => row.selected);
  expect(active?.position).toBe(1);
  const event = active!.cells[0]!;
  await page.keyboard.press('Enter');
  await expect(ui.details(event)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ui.details(event)).toBeHidden();
  await expect(ui.grid).toBeFocused();

  // Tabs: the shortcuts, then the tab list's own arrow keys.
  await page.keyboard.press('Control+Shift+2');
  await expect(ui.tab('Internal')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+Shift+3');
  await expect(ui.tab('All')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Control+Shift+1');
  await expect(ui.tab('Public')).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, ui.tab('Public'), { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(ui.tab('Internal')).toHaveAttribute('aria-selected', 'true');
  await expect(ui.tab('Internal')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(ui.tab('Public')).toHaveAttribute('aria-selected', 'true');

  // Views: the same keys as the desktop menu's View items.
  await page.keyboard.press('Control+2');
  await expect(ui.viewButton('Compare')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+1');
  await expect(ui.viewButton('Table')).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.tab('Public')).toHaveAttribute('aria-selected', 'true');

  // Ctrl+E exports what is shown.
  const exported = parseCsv((await app.captureExport(() => page.keyboard.press('Control+E'))).text);
  expect(exported.rows).toHaveLength(shown);

  // Back to the search box and clear it with the keyboard.
  await page.keyboard.press('Control+F');
  await expect(ui.search).toBeFocused();
  await page.keyboard.press('Backspace');
  await expectShown(ui, counts.public, counts.public);
}
