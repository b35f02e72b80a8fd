/** Opening a folder of real files, and (browser host) the typed-path dialog that stands in for a native one. */
import { expect, test } from '@playwright/test';
import { totals } from '../support/library-facts.js';
import { saveScreenshot } from '../support/screenshots.js';
import { appUi, expectShown, expectTabCounts } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

export async function opensAFolder({ app, corpusFolder }: ScenarioContext): Promise<void> {
  const folder = await corpusFolder();
  const ui = appUi(app.page);
  await app.openFolder(folder.dir);

  const snapshot = await app.snapshot();
  expect(snapshot.samples).toBe(false);
  expect(snapshot.roots).toEqual([folder.dir]);
  expect(snapshot.files.map((file) => file.name).sort()).toEqual(folder.names);
  for (const file of snapshot.files) await expect(ui.sourceEntry(file.relPath)).toBeVisible();
  const counts = totals(snapshot);
  await expectTabCounts(ui, counts);
  await expectShown(ui, counts.public, counts.public);

  // And back to the samples.
  await ui.samplesButton.click();
  await expect(ui.samplesBadge).toBeVisible();
  await expectTabCounts(ui, totals(await app.snapshot()));
}

export async function typedPathDialog({ app, corpusFolder }: ScenarioContext): Promise<void> {
  test.skip(!app.typedPathDialog, 'This host shows a native folder dialog: there is no typed-path dialog');
  const folder = await corpusFolder();
  const { page } = app;
  const ui = appUi(page);
  const dialog = page.getByRole('dialog', { name: 'Open folder' });
  const input = dialog.getByLabel('Path of a folder on this machine');

  // Escape cancels and gives the focus back to the button that opened it.
  await ui.openFolderButton.click();
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(ui.openFolderButton).toBeFocused();

  // An empty path is refused in place.
  await ui.openFolderButton.click();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Type the path of a folder.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');

  // Focus stays inside the modal dialog.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    await expect(dialog.locator(':focus')).toHaveCount(1);
  }

  await input.fill(folder.dir);
  await expect(input).toHaveAttribute('aria-invalid', 'false');
  await saveScreenshot(app, 'open-folder-dialog');
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(ui.samplesBadge).toBeHidden();
  const snapshot = await app.snapshot();
  expect(snapshot.roots).toEqual([folder.dir]);
  for (const name of folder.names.slice(0, 3)) await expect(ui.sourceEntry(name)).toBeVisible();
  await expectTabCounts(ui, totals(snapshot));
}
