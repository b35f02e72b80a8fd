/**
 * The versions view: every event by every bundled CPython build and open file, its filters, an event's history,
 * exports for code, and a diff of two versions. Expectations come from the parser's own reading of the bundled
 * truth data (electron/core/truth.ts), not from the view's modules.
 */
import { expect, type Page } from '@playwright/test';
import { truth } from '../../electron/core/truth.js';
import type { SourceFile } from '../../electron/shared/library-types.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { parseCsv } from '../support/csv.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

function versionsUi(page: Page) {
  const grid = page.getByRole('grid', { name: 'Audit events by version' });
  return {
    viewButton: page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Versions', exact: true }),
    grid,
    tab: (name: 'Events by version' | 'Diff two versions') => page.getByRole('tablist', { name: 'Versions' }).getByRole('tab', { name }),
    select: (label: string) => page.getByRole('combobox', { name: label, exact: true }),
    clear: page.getByRole('group', { name: 'Version filters' }).getByRole('button', { name: 'Clear' }),
    shown: page.getByRole('status').filter({ hasText: /events shown$/ }),
    exportButton: (name: 'CSV' | 'JSON' | 'Python') => page.getByRole('group', { name: 'Export the shown events' }).getByRole('button', { name, exact: true }),
    rowHeaders: grid.getByRole('rowheader'),
    selectedRowHeader: grid.locator('[role="row"][aria-selected="true"] [role="rowheader"]'),
    details: (event: string) => page.getByRole('region', { name: `History of ${event}` }),
    diffSummary: page.getByRole('status').filter({ hasText: /added, \d+ removed, \d+ changed$/ }),
    diffList: (name: 'Added' | 'Removed' | 'Changed') => page.getByRole('region', { name: new RegExp(`^${name} \\(`) }).getByRole('listitem'),
  };
}

interface TruthEvent {
  args: readonly string[];
  internal: boolean;
}

function truthEvents(version: string): Map<string, TruthEvent> {
  const build = truth().versions.find((entry) => entry.version === version)!;
  const events = new Map<string, TruthEvent>();
  for (const [event, args] of build.public) events.set(event, { args, internal: false });
  for (const [event, args] of build.internal) if (!events.has(event)) events.set(event, { args, internal: true });
  return events;
}

/** An open file whose page says exactly a bundled build's version: its column sits beside that build. */
function fileOfAKnownBuild(files: readonly SourceFile[]): { label: string; version: string } | null {
  const known = new Set(truth().versions.map((entry) => entry.version));
  for (const file of files) {
    const version = file.model?.version?.value;
    const tables = file.model?.tables.map((table) => table.kind) ?? [];
    if (version && known.has(version) && tables.includes('public') && file.status === 'ok') {
      return { label: `${file.model?.locale ?? file.locale ?? 'unknown locale'} ${version}`, version };
    }
  }
  return null;
}

export async function versionsView({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const { page } = app;
  await app.openFolder((await corpusFolder()).dir);
  const ui = appUi(page);
  const v = versionsUi(page);
  const versions = truth().versions.map((entry) => entry.version);

  await v.viewButton.click();
  await expect(v.viewButton).toHaveAttribute('aria-pressed', 'true');
  await expect(v.grid).toBeVisible();

  // One column per bundled build, oldest first; a file of a known build right after it.
  const headers = (await v.grid.getByRole('columnheader').allTextContents()).map((text) => text.trim());
  expect(headers.slice(0, 3)).toEqual(['Audit event', 'Added', 'Removed']);
  expect(headers.at(-1)).toBe('Arguments changed in');
  expect(headers.filter((text) => versions.includes(text))).toEqual(versions);
  const known = fileOfAKnownBuild((await app.snapshot()).files);
  if (known) {
    const fileColumn = headers.findIndex((text) => text.startsWith(`${known.label}file`) || text.startsWith(`${known.label} ·`));
    const build = headers.indexOf(known.version);
    const next = headers.findIndex((text, i) => i > build && versions.includes(text));
    expect(fileColumn, `the column of ${known.label}`).toBeGreaterThan(build);
    expect(next === -1 || fileColumn < next, `${known.label} sits before the next build`).toBe(true);
  }

  // Filters: present in 3.13.0rc2, module time → time.sleep, added in 3.13.0rc2.
  await ui.tab('All').click();
  const total = new Set(truth().versions.flatMap((entry) => [...entry.public.keys(), ...entry.internal.keys()]));
  await v.select('Present in').selectOption({ label: '3.13.0rc2' });
  await expect(v.shown).toHaveText(new RegExp(`^${truthEvents('3.13.0rc2').size} of \\d+ events shown$`));
  await v.select('Module').selectOption({ label: 'time' });
  await expect(v.shown).toHaveText(/^1 of \d+ events shown$/);
  await expect(v.rowHeaders).toHaveText(['time.sleep']);
  await expect(v.grid.getByRole('row').nth(1).getByRole('gridcell').first()).toHaveText('3.13.0rc2');
  await v.clear.click();
  await v.select('Changed between').selectOption({ label: '3.12.2' });
  await v.select('and').selectOption({ label: '3.12.4' });
  await expect(v.rowHeaders).toHaveText(['ctypes.string_at', 'ctypes.wstring_at']);
  await expect(v.grid.getByRole('row').nth(1).getByRole('gridcell').last()).toHaveText('3.12.3: address, size → ptr, size');
  await v.clear.click();
  await expect(v.shown).toHaveText(new RegExp(`^\\d+ of ${total.size} events shown$`));

  // The public events; walk with the keyboard to one whose arguments were renamed, and read its history.
  await ui.tab('Public').click();
  await v.select('Module').selectOption({ label: 'ctypes' });
  await v.grid.focus();
  for (let i = 0; i < 40 && (await v.selectedRowHeader.textContent()) !== 'ctypes.string_at'; i++) await page.keyboard.press('ArrowDown');
  await expect(v.selectedRowHeader).toHaveText('ctypes.string_at');
  await expect(v.details('ctypes.string_at')).toContainText('Arguments changed in 3.12.3: address, size → ptr, size');
  await saveScreenshot(app, 'versions');

  // Exports for code: the shown events (public, module ctypes) with their positional arguments.
  const shownPublic = [...total].filter(
    (event) =>
      event.startsWith('ctypes.') &&
      truth().versions.some((entry) => entry.public.has(event)) &&
      !truth().versions.some((entry) => entry.internal.has(event)),
  );
  const json = JSON.parse((await app.captureExport(() => v.exportButton('JSON').click())).text) as Array<{ event: string; args: string[]; internal: boolean; added: string | null; removed: string | null }>;
  expect(json.map((entry) => entry.event).sort()).toEqual(shownPublic.sort());
  expect(json.find((entry) => entry.event === 'ctypes.string_at')).toEqual({ event: 'ctypes.string_at', args: ['ptr', 'size'], internal: false, added: '3.8.3', removed: null });
  expect(json.find((entry) => entry.event === 'ctypes.seh_exception')).toMatchObject({ added: '3.8.3', removed: '3.12.2' });
  const python = (await app.captureExport(() => v.exportButton('Python').click())).text;
  expect(python).toContain(`Shown: ${shownPublic.length} events, module ctypes; public table.`);
  expect(python).toMatch(/^EVENTS = \{$/m);
  expect(python).toContain('    "ctypes.string_at": ("ptr", "size"),');
  const csv = parseCsv((await app.captureExport(() => v.exportButton('CSV').click())).text);
  expect(csv.header).toEqual(['event', 'arguments', 'table', 'added', 'removed', 'note']);
  expect(csv.rows).toHaveLength(shownPublic.length);

  // axe's color-contrast check takes its time per cell: one event's row across every column is the same structure.
  await v.select('Module').selectOption({ label: 'time' });
  await expect(v.rowHeaders).toHaveText(['time.sleep']);
  await expectNoSeriousA11yViolations(page, 'the versions view');

}

export async function versionsDiff({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const { page } = app;
  await app.openFolder((await corpusFolder()).dir);
  const v = versionsUi(page);
  await v.viewButton.click();
  const known = fileOfAKnownBuild((await app.snapshot()).files);

  // Diff: 3.12.4 → 3.13.0rc2, against the truth data (every table: the app-wide tabs narrow the diff too).
  await appUi(page).tab('All').click();
  await v.tab('Diff two versions').click();
  await v.select('From (A)').selectOption({ label: '3.12.4' });
  await v.select('To (B)').selectOption({ label: '3.13.0rc2' });
  const before = truthEvents('3.12.4');
  const after = truthEvents('3.13.0rc2');
  const added = [...after.keys()].filter((event) => !before.has(event)).sort();
  const removed = [...before.keys()].filter((event) => !after.has(event)).sort();
  const changed = [...after.keys()].filter((event) => before.has(event) && before.get(event)!.args.join() !== after.get(event)!.args.join()).sort();
  expect(added).toEqual(['time.sleep']);
  expect(removed).toEqual(['nntplib.connect', 'nntplib.putline', 'telnetlib.Telnet.open', 'telnetlib.Telnet.write']);
  await expect(v.diffSummary).toHaveText(`3.12.4 → 3.13.0rc2: ${added.length} added, ${removed.length} removed, ${changed.length} changed`);
  await expect(v.diffList('Added')).toHaveText(added.map((event) => new RegExp(`${event.replace(/\./g, '\\.')}\\(`)));
  await expect(v.diffList('Removed')).toHaveText(removed.map((event) => new RegExp(`${event.replace(/\./g, '\\.')}\\(`)));
  await expect(v.diffList('Changed').first()).toContainText('open(file, mode, flags) → (path, mode, flags)');
  await expect(v.diffList('Changed').first()).toContainText('different argument lists');
  await saveScreenshot(app, 'versions-diff');
  const diff = JSON.parse((await app.captureExport(() => page.getByRole('button', { name: 'Diff JSON' }).click())).text);
  expect(diff).toMatchObject({ from: '3.12.4', to: '3.13.0rc2' });
  expect(diff.added.map((entry: { event: string }) => entry.event)).toEqual(added);
  expect(diff.removed.map((entry: { event: string }) => entry.event)).toEqual(removed);
  expect(diff.changed.map((entry: { event: string }) => entry.event)).toEqual(changed);
  await expectNoSeriousA11yViolations(page, 'the versions diff');

  // A file against the build of its version.
  if (known) {
    const fileOption = (await v.select('From (A)').locator('option').allTextContents()).find((text) => text.startsWith(known.label) && text.endsWith('(file)'));
    await v.select('From (A)').selectOption({ label: fileOption! });
    await v.select('To (B)').selectOption({ label: known.version });
    await expect(v.diffSummary).toHaveText(new RegExp(`^${fileOption!.replace(' (file)', '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} → ${known.version.replace(/\./g, '\\.')}: \\d+ added, \\d+ removed, \\d+ changed$`));
  }
}
