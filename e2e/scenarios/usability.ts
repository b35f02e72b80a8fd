/**
 * Issue 14 from a user's side: the grid within five Tab presses, help on F1, the folder browser and its refusals,
 * the question before a mistyped path replaces the library, and 200% zoom / a 1024×640 window without sideways
 * scrolling of the page. The new dialogs pass axe.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from '../support/chromium.js';
import { keepOffTheNetwork } from '../support/network.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { saveScreenshot, takingScreenshots } from '../support/screenshots.js';
import { appUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

/** A corpus folder with at least 16 files, one of them in a sub-folder (for the folder browser). */
async function sixteenSources({ corpusFolder }: Pick<ScenarioContext, 'corpusFolder'>) {
  const folder = await corpusFolder();
  const copies = path.join(folder.dir, 'copies');
  await fs.mkdir(copies);
  const needed = Math.max(1, 16 - folder.names.length);
  for (let i = 0; i < needed; i++) {
    const name = folder.names[i % folder.names.length]!;
    await fs.copyFile(path.join(folder.dir, name), path.join(copies, `${i}-${name}`));
  }
  return { ...folder, count: folder.names.length + needed, copies };
}

// The e2e code is type-checked without the DOM library: what runs in the page is written as expressions.
interface PageStorage {
  getItem(key: string): string | null;
}

async function horizontalOverflow(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
}

const isFocused = (element: unknown): boolean =>
  element === (element as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement;

export async function tabOrderReachesTheGrid(context: ScenarioContext): Promise<void> {
  const { app } = context;
  const { page } = app;
  const ui = appUi(page);
  const folder = await sixteenSources(context);
  await app.openFolder(folder.dir);
  await expect(ui.sources.getByRole('button')).toHaveCount(folder.count + 1);
  await expect(ui.filters.getByRole('checkbox').first()).toBeVisible();

  // From the top of the page, as after loading it (a reload keeps the token and the open folder).
  await page.reload();
  await expect(ui.grid).toBeVisible();
  await expect(ui.sources.getByRole('button')).toHaveCount(folder.count + 1);
  let presses = 0;
  const skip = page.getByRole('link', { name: 'Skip to table' });
  while (presses < 5 && !(await skip.evaluate(isFocused))) {
    await page.keyboard.press('Tab');
    presses++;
  }
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(ui.grid).toBeFocused();
  expect(presses).toBeLessThanOrEqual(5);

  // The module list is one Tab stop: from the Argument box, one Tab onto it, the next one past it.
  const argument = ui.filters.getByLabel('Argument', { exact: true });
  await argument.focus();
  await page.keyboard.press('Tab');
  const modules = ui.filters.getByRole('checkbox');
  await expect(modules.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(modules.nth(1)).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await page.evaluate('document.activeElement && document.activeElement.getAttribute("type")')).not.toBe('checkbox');

  // A focused sort header shows its whole ring: drawn inside the button, not clipped by the cell.
  const sortButton = ui.grid.getByRole('columnheader').first().getByRole('button');
  await sortButton.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  type Style = { outlineOffset: string; outlineStyle: string };
  const ring = await sortButton.evaluate((element) => {
    const view = (element as { ownerDocument: { defaultView: { getComputedStyle(e: unknown): Style } } }).ownerDocument.defaultView;
    const style = view.getComputedStyle(element);
    return { offset: parseFloat(style.outlineOffset), style: style.outlineStyle };
  });
  expect(ring.style).toBe('solid');
  expect(ring.offset).toBeLessThan(0);
}

export async function helpOnF1(context: ScenarioContext): Promise<void> {
  const { app } = context;
  const { page } = app;
  const ui = appUi(page);
  await ui.grid.focus();
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByText('Open the row’s details')).toBeVisible();
  await saveScreenshot(app, 'shortcuts');
  await expectNoSeriousA11yViolations(page, 'the shortcut sheet');
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(ui.grid).toBeFocused();

  // "?" types into the search box, and asks for help elsewhere.
  await ui.search.focus();
  await page.keyboard.type('?');
  await expect(ui.search).toHaveValue('?');
  await expect(sheet).toBeHidden();
  await ui.search.fill('');
  await ui.grid.focus();
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'About DocTable Explorer' }).click();
  const about = page.getByRole('dialog', { name: 'About DocTable Explorer' });
  await expect(about).toBeVisible();
  await expect(about.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+ \((desktop app|in the browser)\)$/);
  await expect(about.getByText('MIT')).toBeVisible();
  await expect(about.getByRole('link', { name: 'library/audit_events' })).toBeVisible();
  await saveScreenshot(app, 'about');
  await expectNoSeriousA11yViolations(page, 'the About dialog');
  await page.keyboard.press('Escape');
  await expect(about).toBeHidden();

  // Plain format names, the technical one on hover.
  const format = ui.sources.getByText('Translation catalog (.po)').first();
  await expect(format).toHaveAttribute('title', 'format: po');
}

export async function folderBrowser(context: ScenarioContext): Promise<void> {
  const { app } = context;
  test.skip(!app.typedPathDialog, 'This host shows a native folder dialog');
  const { page } = app;
  const ui = appUi(page);
  const folder = await sixteenSources(context);
  await app.openFolder(folder.dir);

  await ui.openFolderButton.click();
  const dialog = page.getByRole('dialog', { name: 'Open folder' });
  const input = dialog.getByRole('combobox', { name: 'Path of a folder on this machine' });
  const browser = dialog.getByRole('region', { name: 'Browse folders' });
  // The folder just opened is a place, and a recent folder.
  await expect(dialog.getByRole('group', { name: 'Recent folders' })).toContainText(path.basename(folder.dir));
  await browser.getByRole('group', { name: 'Places' }).getByRole('button', { name: `Open: ${path.basename(folder.dir)}` }).click();
  await expect(browser.getByTestId('browsed-folder')).toHaveText(folder.dir);
  await expect(input).toHaveValue(folder.dir);
  // Above the opened folder is outside what the host may list.
  await expect(browser.getByRole('button', { name: 'Up one folder' })).toBeDisabled();

  // Completion from what the host lists.
  await input.fill('');
  await input.pressSequentially(`${folder.dir}/co`);
  const option = dialog.getByRole('option', { name: folder.copies });
  await expect(option).toBeVisible();
  await saveScreenshot(app, 'folder-browser');
  await expectNoSeriousA11yViolations(page, 'the folder browser');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(input).toHaveValue(`${folder.copies}/`);

  // Outside: nothing offered, and the host answers 403.
  await input.fill('');
  await input.pressSequentially('/etc/');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  const statuses = await page.evaluate(async (paths) => {
    const token = (globalThis as unknown as { sessionStorage: PageStorage }).sessionStorage.getItem('doctable.token') ?? '';
    const answers: number[] = [];
    for (const target of paths) {
      const response = await fetch(`/api/folders?path=${encodeURIComponent(target)}`, { headers: { 'X-DocTable-Token': token } });
      answers.push(response.status);
    }
    return answers;
  }, ['/etc', path.dirname(folder.dir), `${folder.dir}/../..`, folder.dir]);
  expect(statuses).toEqual([403, 403, 403, 200]);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

export async function mistypedPathIsQuestioned(context: ScenarioContext): Promise<void> {
  const { app } = context;
  test.skip(!app.typedPathDialog, 'This host shows a native folder dialog');
  const { page } = app;
  const ui = appUi(page);
  const folder = await context.corpusFolder();
  await app.openFolder(folder.dir);
  const typo = path.join(folder.dir, 'libary');

  await ui.openFolderButton.click();
  const dialog = page.getByRole('dialog', { name: 'Open folder' });
  const input = dialog.getByRole('combobox', { name: 'Path of a folder on this machine' });
  await input.fill(typo);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(`${typo} does not exist. Watch for it to appear, or keep the current folder?`);
  await expect(dialog.getByRole('button', { name: 'Keep the current folder' })).toBeFocused();
  await saveScreenshot(app, 'missing-folder');
  await expectNoSeriousA11yViolations(page, 'the missing-folder question');
  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  expect((await app.snapshot()).roots).toEqual([folder.dir]);

  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Watch for it' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await app.snapshot()).roots).toEqual([typo]);
  await expect(ui.sources.getByRole('alert')).toContainText('watching for it to appear');
}

export async function zoomAndSmallWindows(context: ScenarioContext): Promise<void> {
  const { app } = context;
  const { page } = app;
  const ui = appUi(page);
  const folder = await context.corpusFolder();
  await app.openFolder(folder.dir);

  // Desktop widths (the desktop app opens at 1280×820): the toolbar in one row in every view, every control on it.
  for (const width of [1280, 1360]) {
    await page.setViewportSize({ width, height: 820 });
    for (const view of ['Table', 'Compare', 'Versions'] as const) {
      await ui.viewButton(view).click();
      await expect(ui.viewButton(view)).toHaveAttribute('aria-pressed', 'true');
      expect(await toolbarRows(page), `toolbar rows, ${view} view at ${width} px`).toBe(1);
      for (const control of [page.getByRole('button', { name: 'Open folder…' }), ui.bomCheckbox, ui.exportButton]) {
        await expect(control).toBeInViewport();
      }
    }
  }
  await ui.viewButton('Table').click();
  await expect(page.getByRole('combobox', { name: 'Export the shown events for code' })).toBeInViewport();

  // 1024×640: nothing off the page, the toolbar in one row (the rest under More); the details open over the grid.
  await page.setViewportSize({ width: 1024, height: 640 });
  await expect(ui.exportButton).toBeInViewport();
  await expect(page.getByRole('heading', { name: 'DocTable Explorer' })).toBeInViewport();
  expect(await toolbarRows(page)).toBe(1);
  expect(await horizontalOverflow(page)).toBe(0);
  await saveScreenshot(app, 'table-1024x640');
  await ui.bodyRows.first().click();
  await page.keyboard.press('Enter');
  const close = page.getByRole('button', { name: 'Close details' });
  await expect(close).toBeInViewport();
  expect(await horizontalOverflow(page)).toBe(0);
  await saveScreenshot(app, 'details-1024x640');
  await close.click();

  // 200% zoom of a 1360×860 window: 680×430 CSS pixels. The toolbar folds into one row (views, search, Export,
  // More); the rest is in More. The page never scrolls sideways.
  await page.setViewportSize({ width: 680, height: 430 });
  const more = page.getByRole('button', { name: 'More' });
  for (const control of [ui.search, ui.exportButton, more]) await expect(control).toBeInViewport();
  await expect(ui.bomCheckbox).toBeHidden();
  expect(await toolbarRows(page)).toBe(1);
  expect(await horizontalOverflow(page)).toBe(0);
  await more.click();
  const panel = page.getByRole('group', { name: 'More actions' });
  for (const control of [
    panel.getByRole('button', { name: 'Open folder…' }),
    panel.getByRole('checkbox', { name: 'BOM' }),
    panel.getByRole('combobox', { name: 'Export the shown events for code' }),
    panel.getByRole('button', { name: 'Keyboard shortcuts' }),
  ]) {
    await expect(control).toBeInViewport();
  }
  await expect(panel.getByRole('button', { name: 'Open folder…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(more).toBeFocused();
  // A button in the panel acts, and the panel closes.
  await more.click();
  await panel.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(panel).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(more).toBeFocused();
  await zoomedScreenshot(context, 'table-zoom-200');
  await zoomedScreenshot(context, 'toolbar-more-zoom-200', async (view) => {
    await view.getByRole('button', { name: 'More' }).click();
    await expect(view.getByRole('group', { name: 'More actions' })).toBeVisible();
  });
  await page.getByRole('button', { name: 'Hide sidebar' }).click();
  await expect(ui.sources).toBeHidden();
  expect(await horizontalOverflow(page)).toBe(0);
  await zoomedScreenshot(context, 'table-zoom-200-no-sidebar');
  await page.getByRole('button', { name: 'Show sidebar' }).click();

  // 400% zoom: 320 CSS pixels wide. Every view reflows: no sideways scrolling of the page.
  await page.setViewportSize({ width: 320, height: 480 });
  await expect(ui.exportButton).toBeInViewport();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('button', { name: 'Hide sidebar' }).click();
  await ui.bodyRows.first().click();
  await expect(page.getByRole('button', { name: 'Close details' })).toBeInViewport();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('button', { name: 'Close details' }).click();
  await ui.viewButton('Compare').click();
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Versions', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Audit events by version' })).toBeVisible();
  expect(await horizontalOverflow(page)).toBe(0);
  await ui.viewButton('Table').click();
  await page.getByRole('button', { name: 'Show sidebar' }).click();
}

/**
 * The browser's text size at 24 px (1.5× the default; CDP's default font size, as the setting does): everything
 * sized in rem grows, and the grid's rows grow with their text instead of cutting it.
 */
export async function largerText(context: ScenarioContext): Promise<void> {
  const { app } = context;
  test.skip(app.kind !== 'browser', 'The font-size setting is set through the browser host’s DevTools protocol');
  const { page } = app;
  const ui = appUi(page);
  await app.openFolder((await context.corpusFolder()).dir);
  const row = ui.bodyRows.first();
  await expect(row).toBeVisible();
  const rowHeight = () => row.evaluate((element) => (element as unknown as { offsetHeight: number }).offsetHeight);
  expect(await rowHeight()).toBe(28);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 24, fixed: 24 } });
  await expect.poll(() => page.evaluate('parseFloat(getComputedStyle(document.documentElement).fontSize)')).toBe(24);
  // 1.75rem at 24 px: the rows follow (measured by the grid, not a 28 px constant).
  await expect.poll(rowHeight).toBe(42);
  type Box = { scrollHeight: number; clientHeight: number; textContent: string | null };
  const cells = await row.getByRole('gridcell').evaluateAll((elements) =>
    (elements as unknown as Box[]).map((cell) => ({ text: cell.textContent, cut: cell.scrollHeight > cell.clientHeight })),
  );
  expect(cells.filter((cell) => cell.cut)).toEqual([]);
  // The rows below are placed at multiples of the new height: the second row starts where the first ends.
  const [first, second] = await Promise.all([row.boundingBox(), ui.bodyRows.nth(1).boundingBox()]);
  expect(second!.y - first!.y).toBe(42);
  expect(await horizontalOverflow(page)).toBe(0);
  await saveScreenshot(app, 'text-size-24');
  // The versions grid measures its rows the same way.
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Versions', exact: true }).click();
  const versionRow = page.getByRole('grid', { name: 'Audit events by version' }).getByRole('rowgroup').nth(1).getByRole('row').first();
  await expect(versionRow).toBeVisible();
  await expect.poll(() => versionRow.evaluate((element) => (element as unknown as { offsetHeight: number }).offsetHeight)).toBe(42);
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Table', exact: true }).click();
  await expect(row).toBeVisible();
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
  await expect.poll(rowHeight).toBe(28);
}

/**
 * A 24 px minimum font size (the browser setting for people who need large text; the root stays 16 px, only text
 * below 24 px grows): a Chromium of its own started with that preference, on the same host and token. The grid's
 * rows grow with their text (measured), so no cell cuts its line.
 */
export async function minimumFontSize({ app, corpusFolder }: ScenarioContext): Promise<void> {
  test.skip(app.kind !== 'browser', 'The preference is set on a browser the test starts');
  const { page } = app;
  await app.openFolder((await corpusFolder()).dir);
  await expect(appUi(page).grid).toBeVisible();
  const token = await page.evaluate(() => (globalThis as unknown as { sessionStorage: PageStorage }).sessionStorage.getItem('doctable.token'));
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'doctable-minfont-'));
  await fs.mkdir(path.join(profile, 'Default'));
  await fs.writeFile(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { minimum_font_size: 24, minimum_logical_font_size: 24 } } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    viewport: VIEWPORT,
  });
  try {
    const view = context.pages()[0] ?? (await context.newPage());
    await keepOffTheNetwork(context);
    await view.goto(`${new URL(page.url()).origin}/?token=${token ?? ''}`);
    const ui = appUi(view);
    const row = ui.bodyRows.first();
    await expect(row).toBeVisible();
    // The setting took: 13 px text is drawn at 24 px.
    const argsSize = await row.locator('[data-column="args"] [dir="auto"]').evaluate(
      (element) => (element as unknown as { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { fontSize: string } } } }).ownerDocument.defaultView.getComputedStyle(element).fontSize,
    );
    expect(argsSize).toBe('24px');
    type Box = { scrollHeight: number; clientHeight: number; offsetHeight: number };
    const height = await row.evaluate((element) => (element as unknown as Box).offsetHeight);
    expect(height).toBeGreaterThan(28);
    const cut = await row.getByRole('gridcell').evaluateAll((cells) => (cells as unknown as Box[]).filter((cell) => cell.scrollHeight > cell.clientHeight).length);
    expect(cut).toBe(0);
    const [first, second] = await Promise.all([row.boundingBox(), ui.bodyRows.nth(1).boundingBox()]);
    expect(second!.y - first!.y).toBe(height);
    expect(await horizontalOverflow(view)).toBe(0);
    await saveScreenshot({ ...app, page: view }, 'minimum-font-24');
  } finally {
    await context.close();
    await fs.rm(profile, { recursive: true, force: true });
  }
}

/** The sidebar's edge: dragged wider, narrowed with the keyboard, the width kept across a reload, Enter hides it. */
export async function resizableSidebar(context: ScenarioContext): Promise<void> {
  const { app } = context;
  const { page } = app;
  const ui = appUi(page);
  await app.openFolder((await context.corpusFolder()).dir);
  const handle = page.getByRole('separator', { name: 'Resize sidebar' });
  const sidebar = page.getByRole('complementary', { name: 'Sources and filters' });
  await expect(handle).toHaveAttribute('aria-valuenow', '17.5');
  const before = (await sidebar.boundingBox())!;
  expect(before.width).toBe(280);

  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', '22.5');
  await expect.poll(async () => (await sidebar.boundingBox())!.width).toBe(360);

  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuenow', '21.5');
  await page.reload();
  await expect(ui.grid).toBeVisible();
  await expect(handle).toHaveAttribute('aria-valuenow', '21.5');
  await expect.poll(async () => (await sidebar.boundingBox())!.width).toBe(344);

  await handle.focus();
  await page.keyboard.press('Enter');
  await expect(sidebar).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show sidebar' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(handle).toHaveAttribute('aria-valuenow', '21.5');
}

/** On the bundled samples, the Sources heading says they are samples and what the app is for. */
export async function samplesExplained({ app }: ScenarioContext): Promise<void> {
  const { page } = app;
  const ui = appUi(page);
  await expect(ui.grid).toBeVisible();
  const badge = ui.sources.getByText('Samples', { exact: true });
  await expect(badge).toHaveAttribute('title', /^DocTable Explorer reads renditions of CPython’s “Audit events table” page .* filter, compare and export them\.$/);
  await expect(ui.sources.getByText(/^Bundled samples: .* Open folder… to read your own\.$/)).toBeVisible();
}

/**
 * A translation's rows: their page text carries the page's language and dir="auto" (a right-to-left one would
 * lay out right to left); event names stay left-to-right code, in the grid and the details.
 */
export async function pageTextLanguage({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const { page } = app;
  const ui = appUi(page);
  await app.openFolder((await corpusFolder()).dir);
  await ui.sources.getByRole('button', { name: /ko_\S+\.html/ }).first().click();
  const row = ui.bodyRows.first();
  await expect(row).toBeVisible();
  const args = row.locator('[data-column="args"] [dir="auto"]');
  await expect(args).toHaveAttribute('lang', 'ko');
  type Styled = { ownerDocument: { defaultView: { getComputedStyle(e: unknown): { direction: string; unicodeBidi: string } } } };
  const style = (element: unknown) => {
    const computed = (element as Styled).ownerDocument.defaultView.getComputedStyle(element);
    return { direction: computed.direction, unicodeBidi: computed.unicodeBidi };
  };
  expect(await row.locator('[data-column="event"] code').evaluate(style)).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
  await row.click();
  const details = page.locator('.details');
  await expect(details.getByRole('button', { name: 'Close details' })).toBeVisible();
  await expect(details.locator('.chip [dir="auto"]').first()).toHaveAttribute('lang', 'ko');
  expect(await details.getByRole('heading').locator('code').evaluate(style)).toEqual({ direction: 'ltr', unicodeBidi: 'isolate' });
}

/** Rows the toolbar's visible parts take (items on one row share their vertical center). */
async function toolbarRows(page: Page): Promise<number> {
  return Number(
    await page.evaluate(`(() => {
      const centers = new Set();
      for (const child of document.querySelector('.toolbar').children) {
        const box = child.getBoundingClientRect();
        if (box.width > 1 && box.height > 1) centers.add(Math.round(box.top + box.height / 2));
      }
      return centers.size;
    })()`),
  );
}

/**
 * What 200% looks like on screen: the same 680×430 CSS pixels drawn at device scale 2 (a page of its own, on
 * the same host, with the same token).
 */
async function zoomedScreenshot(
  { app }: ScenarioContext,
  name: 'table-zoom-200' | 'table-zoom-200-no-sidebar' | 'toolbar-more-zoom-200',
  prepare?: (view: Page) => Promise<void>,
): Promise<void> {
  if (!takingScreenshots(app)) return;
  const { page } = app;
  const browser = page.context().browser();
  if (browser === null) return;
  // (Functions given to evaluate run in the page: they may use nothing from this module.)
  const token = await page.evaluate(() => (globalThis as unknown as { sessionStorage: PageStorage }).sessionStorage.getItem('doctable.token'));
  const sidebar = await page.evaluate(() => (globalThis as unknown as { localStorage: PageStorage }).localStorage.getItem('doctable.sidebar'));
  const zoomed = await browser.newContext({ viewport: { width: 680, height: 430 }, deviceScaleFactor: 2 });
  try {
    const view = await zoomed.newPage();
    await view.goto(`${new URL(page.url()).origin}/?token=${token ?? ''}`);
    if (sidebar === 'closed') await view.getByRole('button', { name: 'Hide sidebar' }).click();
    await expect(appUi(view).grid).toBeVisible();
    expect(await horizontalOverflow(view)).toBe(0);
    await prepare?.(view);
    await saveScreenshot({ ...app, page: view }, name);
  } finally {
    await zoomed.close();
  }
}
