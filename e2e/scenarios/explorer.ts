/**
 * The explorer features of the table view: the by-event view (counts checked against the parsed models), copy
 * putting the exact TSV on the clipboard, and a column layout that survives a reload and reaches the CSV.
 */
import { expect, type Page } from '@playwright/test';
import type { SourceFile } from '../../electron/shared/library-types.js';
import { parseCsv } from '../support/csv.js';
import { rowsOf } from '../support/library-facts.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi, columnLabels, escapeRegExp, renderedRows, type AppUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

/** The by-event view's columns of sources: one per locale × version when every file has both and some share them. */
function sourceGroups(files: readonly SourceFile[]): SourceFile[][] {
  const withModel = files.filter((file) => file.model);
  const key = (file: SourceFile) => (file.locale && file.version ? `${file.locale} ${file.version.value}` : null);
  const keys = withModel.map(key);
  if (keys.every((k) => k !== null) && new Set(keys).size < withModel.length) {
    return [...new Set(keys)].map((k) => withModel.filter((file) => key(file) === k));
  }
  return withModel.map((file) => [file]);
}

function eventsGrid(page: Page) {
  return page.getByRole('grid', { name: 'Audit events by event' });
}

async function eventRows(page: Page): Promise<string[][]> {
  return eventsGrid(page)
    .getByRole('rowgroup')
    .nth(1)
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('[role="gridcell"]'), (cell) => (cell as { textContent: string | null }).textContent ?? '')),
    ) as Promise<string[][]>;
}

export async function byEventCounts({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const snapshot = await app.snapshot();
  const groups = sourceGroups(snapshot.files);
  const hasEvent = (group: SourceFile[], event: string) => group.some((file) => rowsOf(file, 'public').some((row) => row.event === event));
  const events = new Set(snapshot.files.flatMap((file) => rowsOf(file, 'public').map((row) => row.event)));

  await app.page.getByRole('button', { name: 'By event' }).click();
  const ui = appUi(app.page);
  await expect(ui.statusBar.getByText(/events shown/)).toHaveText(new RegExp(`^${events.size} of ${events.size} public events shown`));
  await expect(eventsGrid(app.page)).toHaveAttribute('aria-rowcount', String(events.size + 1));

  // The module facet counts events here, not the file rows standing for them.
  const osEvents = [...events].filter((event) => event.startsWith('os.')).length;
  const osCount = app.page.locator('.module-facet label').filter({ has: app.page.locator('.facet-name', { hasText: /^os$/ }) }).locator('.facet-count');
  await expect(osCount).toHaveText(String(osEvents));
  await expect(app.page.locator('.module-facet')).toContainText('Counts: distinct events on this tab');

  // Every rendered event's "In" count: the source columns whose files have it, of those holding a public table at all
  // (a gettext catalog or the reST source has none: the event is neither there nor missing there).
  const holdingPublic = groups.filter((group) => group.some((file) => file.model?.tables.some((table) => table.kind === 'public')));
  const onlyCatalogsOrSources = groups.filter((group) => group.every((file) => file.model?.format === 'po' || file.model?.format === 'rst'));
  expect(holdingPublic.length, 'the sources without a public table are those of catalogs and reST sources only').toBe(
    groups.length - onlyCatalogsOrSources.length,
  );
  await app.page.getByRole('searchbox', { name: 'Search events and arguments' }).fill('socket.');
  const socket = [...events].filter((event) => event.toLowerCase().includes('socket.'));
  await expect(ui.statusBar.getByText(/events shown/)).toHaveText(new RegExp(`^${socket.length} of ${events.size} public events shown`));
  const rows = await eventRows(app.page);
  expect(rows.map((row) => row[0]).sort()).toEqual(socket.sort());
  for (const [event, , presence] of rows) {
    expect(presence, event).toBe(`${groups.filter((group) => hasEvent(group, event!)).length} of ${holdingPublic.length}`);
  }
  await app.page.getByRole('searchbox', { name: 'Search events and arguments' }).fill('');
  await expect(ui.statusBar.getByText(/events shown/)).toHaveText(new RegExp(`^${events.size} of`));
  await saveScreenshot(app, 'by-event');
}

export async function copyPutsTsvOnTheClipboard({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  if (app.kind === 'browser') await app.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const ui = appUi(app.page);
  await ui.search.fill('os.');
  await ui.bodyRows.first().click();
  await ui.page.keyboard.press('Escape');
  await ui.grid.focus();
  await ui.page.keyboard.press('Shift+ArrowDown');
  await ui.page.keyboard.press('Shift+ArrowDown');
  await expect(ui.bodyRows.and(ui.page.locator('[aria-selected="true"]'))).toHaveCount(3);
  await ui.page.keyboard.press('Control+c');
  await expect(ui.statusBar).toContainText('Copied 3 rows as TSV.');

  const labels = await columnLabels(ui);
  const rows = (await renderedRows(ui)).slice(0, 3).map((row) => row.cells);
  // References show as links side by side ("[1][2]"); the copy writes their text ("[1] [2]").
  const text = await ui.page.evaluate<string>('navigator.clipboard.readText()');
  const lines = text.split('\n');
  expect(lines).toHaveLength(5);
  expect(lines[0]).toBe(labels.join('\t'));
  lines.slice(1, 4).forEach((line, i) => {
    const cells = line.split('\t');
    expect(cells.map((cell, c) => (labels[c] === 'References' ? cell.replace(/\s+/g, '') : cell))).toEqual(rows[i]);
  });
  expect(lines[4]).toBe('');
}

/** The rows view's column ids by their English labels. */
function columnId(label: string): string {
  const ids: Record<string, string> = { 'Audit event': 'event', Arguments: 'args', References: 'refs', Source: 'source', Locale: 'locale', Version: 'version' };
  return ids[label] ?? label;
}

async function headerOrder(ui: AppUi): Promise<string[]> {
  return columnLabels(ui);
}

export async function columnsSurviveAReload({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  await app.page.getByRole('button', { name: 'Columns', exact: true }).click();
  await app.page.getByRole('checkbox', { name: 'Locale', exact: true }).check();
  await app.page.getByRole('checkbox', { name: 'Version', exact: true }).check();
  await app.page.getByRole('checkbox', { name: 'References', exact: true }).uncheck();
  await app.page.getByRole('button', { name: 'Move Locale left' }).click();
  await app.page.getByRole('button', { name: 'Columns', exact: true }).click();
  const expected = ['Audit event', 'Arguments', 'Locale', 'Source', 'Version'];
  const order = await headerOrder(ui);
  expect(order.filter((label) => expected.includes(label)).sort()).toEqual([...expected].sort());
  const handle = app.page.getByRole('separator', { name: 'Resize Arguments' });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  await app.page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 16));

  // The URL carries them too (a copied link opens with these columns).
  await expect.poll(() => new URL(app.page.url()).hash).toContain(`cols.rows=${encodeURIComponent(order.map(columnId).join(','))}`);
  await app.page.reload();
  await expect(ui.grid).toBeVisible();
  expect(await headerOrder(ui)).toEqual(order);
  await expect(app.page.getByRole('separator', { name: 'Resize Arguments' })).toHaveAttribute('aria-valuenow', String(before + 16));

  const exported = await app.captureExport(() => ui.exportButton.click());
  const csv = parseCsv(exported.text);
  expect(csv.header).toEqual(order);
  const snapshot = await app.snapshot();
  const locales = new Set(snapshot.files.map((file) => file.locale ?? ''));
  const localeColumn = order.indexOf('Locale');
  expect(csv.rows.every((row) => locales.has(row[localeColumn] ?? '?'))).toBe(true);
  expect(new RegExp(escapeRegExp('References')).test(csv.header.join(','))).toBe(false);
}
