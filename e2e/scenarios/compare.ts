/**
 * The compare view on two locales: the picked sources, the reference, the summary's coverage, "only differences",
 * its CSV export, and the page text side by side. Expectations come from aligning the two files' events by name.
 */
import { expect, type Page } from '@playwright/test';
import type { TableKind } from '../../electron/core/model.js';
import type { SourceFile } from '../../electron/shared/library-types.js';
import { parseCsv } from '../support/csv.js';
import { rowsOf } from '../support/library-facts.js';
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
