/** First start: no folder given, the bundled samples are shown, counted and labelled as samples. */
import { expect } from '@playwright/test';
import { totals } from '../support/library-facts.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi, expectShown, expectTabCounts } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

async function pageBackground(context: ScenarioContext): Promise<string> {
  return context.app.page.locator('body').evaluate((body) => body.ownerDocument.defaultView.getComputedStyle(body).backgroundColor as string);
}

export async function opensOnSamples(context: ScenarioContext): Promise<void> {
  const { app } = context;
  const ui = appUi(app.page);
  const snapshot = await app.snapshot();
  expect(snapshot.samples, 'nothing was opened, so the host shows its samples').toBe(true);
  expect(snapshot.files.length).toBeGreaterThan(1);

  await expect(ui.samplesBadge).toBeVisible();
  for (const file of snapshot.files) await expect(ui.sourceEntry(file.relPath)).toBeVisible();
  const usable = snapshot.files.filter((file) => file.model).length;
  const counts = totals(snapshot);
  await expect(ui.allFilesEntry).toContainText(`${usable} of ${snapshot.files.length} files · ${counts.all} events`);

  await expect(ui.tab('Public')).toHaveAttribute('aria-selected', 'true');
  await expectTabCounts(ui, counts);
  await expectShown(ui, counts.public, counts.public);
  await expect(ui.statusBar).toContainText(app.kind === 'browser' ? 'Browser · v' : 'Desktop · v');
  await saveScreenshot(app, 'table-light');

  const light = await pageBackground(context);
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => pageBackground(context), { message: 'the page follows the dark color scheme' }).not.toBe(light);
  await saveScreenshot(app, 'table-dark');
  await app.page.emulateMedia({ colorScheme: 'light' });
}
