/** axe-core on each view (table, details open, compare, its page text, the open-folder dialog) in one color scheme. */
import { expect } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { appUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

export function accessibleViews(colorScheme: 'light' | 'dark') {
  return async ({ app, corpusFolder }: ScenarioContext): Promise<void> => {
    const { page } = app;
    const ui = appUi(page);
    await page.emulateMedia({ colorScheme });
    await app.openFolder((await corpusFolder()).dir);

    await expectNoSeriousA11yViolations(page, `the table view (${colorScheme})`);

    await ui.bodyRows.first().click();
    await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the table view with details open (${colorScheme})`);
    await page.getByRole('button', { name: 'Close details' }).click();

    await ui.viewButton('Compare').click();
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the compare view (${colorScheme})`);
    await page.getByRole('tablist', { name: 'Compare' }).getByRole('tab', { name: 'Page text' }).click();
    await expect(page.getByRole('region', { name: 'Page text side by side, scrollable' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the compare view's page text (${colorScheme})`);
    await ui.viewButton('Table').click();

    if (app.typedPathDialog) {
      await ui.openFolderButton.click();
      await expect(ui.pathDialog).toBeVisible();
      await expectNoSeriousA11yViolations(page, `the open-folder dialog (${colorScheme})`);
      await page.keyboard.press('Escape');
      await expect(ui.pathDialog).toBeHidden();
    }
  };
}
