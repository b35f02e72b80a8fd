/**
 * The compare view on two locales: the picked sources, the reference, the summary's coverage, "only differences",
 * its CSV export, and the page text side by side. Expectations come from aligning the two files' events by name.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { TableKind } from '../../electron/core/model.js';
import type { SourceFile } from '../../electron/shared/library-types.js';
import { parseCsv } from '../support/csv.js';
import { rowsOf } from '../support/library-facts.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi, escapeRegExp } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

interface Located {
  kind: TableKind;
  args: string;
}

interface Side {
  file: SourceFile;
  /** How the compare view names the source: "locale version". */
  label: string;
  events: Map<string, Located>;
}

function labelOf(file: SourceFile): string {
  return `${file.model?.locale ?? file.locale ?? 'unknown locale'} ${(file.model?.version ?? file.version)?.value ?? '(version unknown)'}`;
}

function eventsOf(file: SourceFile): Map<string, Located> {
  const events = new Map<string, Located>();
  for (const kind of ['public', 'internal'] as const) {
    for (const row of rowsOf(file, kind)) if (!events.has(row.event)) events.set(row.event, { kind, args: row.args.join(', ') });
  }
  return events;
}

/** Two files of different languages whose public tables differ, each with a label no other file shares. */
function pickPair(files: readonly SourceFile[]): [Side, Side] {
  const withModel = files.filter((file) => file.model);
  const labels = withModel.map(labelOf);
  const sides = withModel
    .filter((file, i) => file.status === 'ok' && rowsOf(file, 'public').length > 0 && labels.indexOf(labels[i]!) === labels.lastIndexOf(labels[i]!))
    .map((file) => ({ file, label: labelOf(file), events: eventsOf(file) }));
  for (const a of sides) {
    for (const b of sides) {
      if (a.file.locale === b.file.locale || a === b) continue;
      const differ = [...a.events.keys()].some((event) => !b.events.has(event)) || [...b.events.keys()].some((event) => !a.events.has(event));
      if (differ) return [a, b];
    }
  }
  throw new Error('no two files of different languages with different event tables');
}

interface Expected {
  publicRows: number;
  allRows: number;
  present: number;
  missing: number;
  extra: number;
  otherArgs: number;
  differing: Set<string>;
}

/** The alignment of `other` against `reference`, by event name, in the reference's table. */
function expectedAlignment(reference: Side, other: Side): Expected {
  const names = new Set([...reference.events.keys(), ...other.events.keys()]);
  const result: Expected = { publicRows: 0, allRows: names.size, present: 0, missing: 0, extra: 0, otherArgs: 0, differing: new Set() };
  for (const event of names) {
    const inReference = reference.events.get(event);
    const inOther = other.events.get(event);
    const kind = inReference?.kind ?? inOther!.kind;
    if (kind !== 'public') continue;
    result.publicRows += 1;
    if (inReference && inOther) {
      result.present += 1;
      if (inReference.args !== inOther.args || inOther.kind !== kind) {
        result.otherArgs += inReference.args !== inOther.args ? 1 : 0;
        result.differing.add(event);
      }
    } else if (inReference) {
      result.missing += 1;
      result.differing.add(event);
    } else {
      result.extra += 1;
      result.differing.add(event);
    }
  }
  return result;
}

function compareUi(page: Page) {
  return {
    picker: page.getByRole('group', { name: 'Sources to compare' }),
    pick: (label: string) =>
      page.getByRole('group', { name: 'Sources to compare' }).getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}\\s`) }),
    reference: page.getByRole('combobox', { name: /^Reference/ }),
    onlyDifferences: page.getByRole('checkbox', { name: 'Only differences' }),
    summary: page.getByRole('region', { name: 'Summary' }),
    shownStatus: page.getByRole('status').filter({ hasText: /events shown$/ }),
    grid: page.getByRole('region', { name: 'Aligned events, scrollable' }),
    tab: (name: 'Events' | 'Page text') => page.getByRole('tablist', { name: 'Compare' }).getByRole('tab', { name }),
    pageText: page.getByRole('region', { name: 'Page text side by side, scrollable' }),
  };
}

export async function compareTwoLocales({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const ui = appUi(app.page);
  const cmp = compareUi(app.page);
  const snapshot = await app.snapshot();
  const [reference, other] = pickPair(snapshot.files);
  const expected = expectedAlignment(reference, other);

  await ui.viewButton('Compare').click();
  await expect(ui.viewButton('Compare')).toHaveAttribute('aria-pressed', 'true');
  await expect(ui.statusBar).toContainText(`${snapshot.files.filter((file) => file.model).length} files to compare`);

  // Pick exactly the two (the view loads on first use: wait for its default picks).
  await expect(cmp.picker.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  const checked = cmp.picker.getByRole('checkbox', { checked: true });
  while ((await checked.count()) > 0) await checked.first().uncheck();
  await expect(app.page.getByRole('status').filter({ hasText: 'Pick two or more sources to compare them.' })).toBeVisible();
  await cmp.pick(reference.label).check();
  await cmp.pick(other.label).check();
  await cmp.reference.selectOption({ label: reference.label });

  const summaryItem = (side: Side) => cmp.summary.getByRole('listitem').filter({ hasText: side.label });
  await expect(summaryItem(reference)).toContainText(`${reference.label} (reference): ${expected.present + expected.missing} public events`);
  await expect(summaryItem(other)).toContainText(
    `${other.label}: ${expected.present} of ${expected.present + expected.missing} public events; ` +
      `${expected.missing} missing, ${expected.extra} extra, ${expected.otherArgs} with other arguments`,
  );
  await expect(summaryItem(other)).toContainText(`Locale ${other.file.model?.locale ?? other.file.locale}`);
  await expect(cmp.shownStatus).toHaveText(`${expected.publicRows} of ${expected.allRows} events shown`);

  // The grid gets most of the height: the picker lives in the sidebar, the summary is compact.
  const viewport = app.page.viewportSize();
  const gridBox = await cmp.grid.boundingBox();
  expect(gridBox, 'the aligned events are on screen').not.toBeNull();
  if (viewport && gridBox) expect(gridBox.y, 'the aligned events start in the upper part of the window').toBeLessThan(viewport.height * 0.4);
  const pickerBox = await cmp.picker.boundingBox();
  const sidebarBox = await app.page.getByRole('complementary', { name: 'Sources and filters' }).boundingBox();
  expect(pickerBox && sidebarBox && pickerBox.x < sidebarBox.x + sidebarBox.width, 'the source picker is in the sidebar').toBe(true);

  await cmp.onlyDifferences.check();
  await expect(cmp.shownStatus).toHaveText(`${expected.differing.size} of ${expected.allRows} events shown`);
  const bodyRows = cmp.grid.getByRole('row').filter({ has: app.page.getByRole('rowheader') });
  const texts = await bodyRows.allTextContents();
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((text) => !/missing|extra|changed/.test(text)), 'every shown row differs').toEqual([]);
  await saveScreenshot(app, 'compare');

  // The export holds what the view shows: the differing events, three columns per source.
  const exported = parseCsv((await app.captureExport(() => ui.exportButton.click())).text);
  expect(exported.header.slice(0, 2)).toEqual(['Audit event', 'Table']);
  expect(exported.header).toContain(`${reference.label} (reference): status`);
  expect(exported.header).toContain(`${other.label}: arguments`);
  expect(new Set(exported.rows.map((row) => row[0]))).toEqual(expected.differing);

  await cmp.tab('Page text').click();
  await expect(cmp.tab('Page text')).toHaveAttribute('aria-selected', 'true');
  await expect(cmp.pageText).toBeVisible();
  const headers = cmp.pageText.getByRole('columnheader');
  await expect(headers.filter({ hasText: reference.label }).first()).toBeVisible();
  await expect(headers.filter({ hasText: other.label }).first()).toBeVisible();
  await expect(cmp.pageText.getByRole('rowheader').first()).toBeVisible();
  await saveScreenshot(app, 'compare-page-text');
}

/** What the compact grid's layout measures: broken words, row heights, the legend panel's box. */
interface GridLayout {
  /** Event names drawn on more than one line or clipped by their cell. */
  brokenEvents: string[];
  /** Words of the cells' text (arguments, what changed) split across two lines. */
  brokenWords: string[];
  eventRows: number;
  /** Event rows wholly inside the grid's scroll box. */
  rowsInView: number;
  medianRowHeight: number;
  /** One line of the grid's text, for comparing heights. */
  lineHeight: number;
}

/**
 * Measures the grid in the page. A script, not a function: this module is typed without the DOM, and a function
 * handed to evaluate may use nothing from it anyway. A word split across lines has range boxes at two heights.
 */
const MEASURE_GRID = String.raw`(scroller) => {
  const eventCells = [...scroller.querySelectorAll('tbody tr[data-event] > th')];
  const brokenEvents = eventCells
    .filter((cell) => {
      const name = cell.firstElementChild;
      return !name || name.getClientRects().length !== 1 || cell.scrollWidth > cell.clientWidth;
    })
    .map((cell) => cell.textContent || '');
  const brokenWords = [];
  for (const text of scroller.querySelectorAll('tbody [data-status] > code, tbody [data-status] > [aria-hidden="true"]:not(:first-child)')) {
    const node = text.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE || text.getClientRects().length === 0) continue;
    const value = node.textContent || '';
    for (const match of value.matchAll(/[^\s,;]+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (tops.size > 1) brokenWords.push(match[0]);
    }
  }
  const frame = scroller.getBoundingClientRect();
  const rows = [...scroller.querySelectorAll('tbody tr[data-event]')];
  const heights = rows.map((row) => row.getBoundingClientRect().height).sort((a, b) => a - b);
  const rowsInView = rows.filter((row) => {
    const box = row.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  }).length;
  const firstName = eventCells[0] ? eventCells[0].firstElementChild : null;
  return {
    brokenEvents,
    brokenWords,
    eventRows: rows.length,
    rowsInView,
    medianRowHeight: heights[Math.floor(heights.length / 2)] || 0,
    lineHeight: firstName ? firstName.getBoundingClientRect().height : 0,
  };
}`;

async function measureGrid(grid: Locator): Promise<GridLayout> {
  const measure = new Function(`return ${MEASURE_GRID}`)() as (scroller: unknown) => GridLayout;
  return grid.evaluate(measure);
}

/** The window's edges hold the box entirely. */
async function expectInsideWindow(page: Page, target: Locator, what: string): Promise<void> {
  const box = await target.boundingBox();
  const size = page.viewportSize();
  expect(box, `${what} is shown`).not.toBeNull();
  if (!box || !size) return;
  expect(box.x, `${what}: left edge`).toBeGreaterThanOrEqual(0);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(size.height);
}

/**
 * Six sources in a 1024×640 window: identifiers never break, rows stay one line where the sources agree, the
 * legend opens inside the window; the picks come from the picker's search and survive the Table view and a reload.
 */
export async function compareSixSourcesCompact({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  await app.openFolder(folder.dir);
  const page = app.page;
  const ui = appUi(page);
  const cmp = compareUi(page);
  const snapshot = await app.snapshot();
  const withEvents = snapshot.files.filter((file) => file.model && rowsOf(file, 'public').length > 0 && file.status === 'ok');
  const labels = snapshot.files.filter((file) => file.model).map(labelOf);
  const six = withEvents.filter((file) => labels.filter((label) => label === labelOf(file)).length === 1).slice(0, 6);
  expect(six, 'six files with a public event table and a label of their own').toHaveLength(6);

  await ui.viewButton('Compare').click();
  await expect(cmp.picker.getByRole('checkbox', { checked: true }).first()).toBeVisible();
  const checked = cmp.picker.getByRole('checkbox', { checked: true });
  while ((await checked.count()) > 0) await checked.first().uncheck();

  // The search narrows the list: a path finds its file alone, nonsense finds none, and picks survive the search.
  const search = cmp.picker.getByRole('searchbox', { name: 'Search sources' });
  const listed = cmp.picker.getByRole('checkbox');
  const total = snapshot.files.filter((file) => file.model).length;
  await expect(listed).toHaveCount(total);
  await search.fill('no such file anywhere');
  await expect(listed).toHaveCount(0);
  await expect(cmp.picker).toContainText('No file matches');
  for (const file of six) {
    await search.fill(file.relPath);
    await expect(listed).toHaveCount(1);
    await cmp.pick(labelOf(file)).check();
  }
  await expect(cmp.picker.getByRole('status')).toContainText('1 of');
  await expect(cmp.picker.getByRole('status')).toContainText('6 picked (5 not shown)');
  await search.fill('');
  await expect(listed).toHaveCount(total);
  await expect(checked).toHaveCount(6);

  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(cmp.grid.getByRole('columnheader')).toHaveCount(7);
  // No Table column: on the All tab a heading row opens each table's events; one table's tab needs none.
  await expect(cmp.grid.getByRole('columnheader', { name: 'Table' })).toHaveCount(0);
  const groupHeading = (name: string) => cmp.grid.getByRole('rowheader', { name: new RegExp(`^${name} events · \\d+$`) });
  await expect(groupHeading('Public')).toHaveCount(0);
  await ui.tab('All').click();
  await expect(groupHeading('Public')).toHaveCount(1);
  // The grid renders the rows in view only: the internal events are at its end.
  await cmp.grid.evaluate((scroller) => {
    scroller.scrollTop = scroller.scrollHeight;
  });
  await expect(groupHeading('Internal')).toBeVisible();
  await ui.tab('Public').click();
  await expect(groupHeading('Public')).toHaveCount(0);
  await cmp.grid.evaluate((scroller) => {
    scroller.scrollTop = 0;
  });
  await expect(cmp.grid.getByRole('row').nth(1)).toHaveAttribute('aria-rowindex', '2');

  const layout = await measureGrid(cmp.grid);
  expect(layout.eventRows).toBeGreaterThan(10);
  expect(layout.brokenEvents, 'event names drawn on one line, unclipped').toEqual([]);
  expect(layout.brokenWords, 'no argument name split across lines').toEqual([]);
  expect(layout.medianRowHeight, 'a typical row is one line of text (plus padding)').toBeLessThan(layout.lineHeight * 2);
  expect(layout.rowsInView, 'rows in view at 1024×640 (the complaint: 2–3)').toBeGreaterThanOrEqual(5);

  // A mark where a source agrees: its word for screen readers, its arguments on hover.
  const same = cmp.grid.locator('[data-status="same"]').first();
  await expect(same).toContainText('same');
  await expect(same).toHaveAttribute('title', /arguments: |no arguments/);

  const legend = page.locator('.cmp-legend');
  await legend.getByText('Legend', { exact: true }).click();
  const legendPanel = legend.locator('.cmp-legend-panel');
  await expect(legendPanel).toContainText('same: same arguments as the reference');
  await expect(legendPanel).toContainText('references');
  await expectInsideWindow(page, legendPanel, 'the open legend');
  await expectNoSeriousA11yViolations(page, 'the compact compare at six sources, legend open', { include: ['.cmp-legend', '.cmp-grid-scroll', '.cmp-picker'] });
  await legend.getByText('Legend', { exact: true }).click();
  await expect(legendPanel).toBeHidden();
  await saveScreenshot(app, 'compare-6-sources-1024x640');

  // The picks and the filters outlive the view: to Table and back, then a reload (the URL carries them).
  const pickedLabels = async () => (await checked.evaluateAll((boxes) => boxes.map((box) => box.closest('label')?.textContent ?? ''))).sort();
  const before = await pickedLabels();
  await cmp.onlyDifferences.check();
  const differing = await cmp.shownStatus.textContent();
  await expect.poll(() => page.evaluate('new URLSearchParams(window.location.hash.slice(1)).get("diff")')).toBe('1');
  await ui.viewButton('Table').click();
  await expect(ui.grid).toBeVisible();
  await ui.viewButton('Compare').click();
  await expect(checked).toHaveCount(6);
  expect(await pickedLabels()).toEqual(before);
  await expect.poll(() => page.evaluate('new URLSearchParams(window.location.hash.slice(1)).getAll("pick").length')).toBe(6);
  await page.reload();
  await expect(checked).toHaveCount(6);
  expect(await pickedLabels()).toEqual(before);
  await expect(cmp.onlyDifferences).toBeChecked();
  await expect(cmp.shownStatus).toHaveText(differing ?? '');
  await cmp.onlyDifferences.uncheck();
  await expect(cmp.grid.getByRole('columnheader')).toHaveCount(7);

  await page.setViewportSize({ width: 1360, height: 860 });
  await expect(cmp.grid).toBeVisible();
  const wide = await measureGrid(cmp.grid);
  expect(wide.brokenEvents).toEqual([]);
  expect(wide.brokenWords).toEqual([]);
  await saveScreenshot(app, 'compare-6-sources');

  // The page text: the Part column stays in view when the columns scroll sideways.
  await cmp.tab('Page text').click();
  await expect(cmp.pageText).toBeVisible();
  const firstPart = cmp.pageText.getByRole('rowheader').first();
  const leftBefore = (await firstPart.boundingBox())?.x;
  await cmp.pageText.evaluate((scroller) => {
    scroller.scrollLeft = scroller.scrollWidth;
  });
  await expect.poll(() => cmp.pageText.evaluate((scroller) => scroller.scrollLeft)).toBeGreaterThan(0);
  expect((await firstPart.boundingBox())?.x, 'the Part column stays put').toBe(leftBefore);
}
