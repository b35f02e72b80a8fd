/**
 * axe-core on each view (table, details open, compare, its page text, the open-folder dialog) in one color scheme.
 * Each state is scanned once, and only where it changed from the one before (the whole page first); the dark
 * scheme has the same structure as the light one, so there only the color rules run.
 */
import { expect } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { appUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

export function accessibleViews(colorScheme: 'light' | 'dark') {
  return async ({ app, corpusFolder }: ScenarioContext): Promise<void> => {
    const { page } = app;
    const ui = appUi(page);
    const colorsOnly = colorScheme === 'dark';
    await page.emulateMedia({ colorScheme });
    await app.openFolder((await corpusFolder()).dir);

    await expectNoSeriousA11yViolations(page, `the table view (${colorScheme})`, { colorsOnly });

    await ui.bodyRows.first().click();
    await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the table view with details open (${colorScheme})`, { include: ['.details'], colorsOnly });
    await page.getByRole('button', { name: 'Close details' }).click();

    await ui.viewButton('Compare').click();
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    // The sidebar (now the compare picker) and the content changed; the header and status bar did not.
    await expectNoSeriousA11yViolations(page, `the compare view (${colorScheme})`, { include: ['.sidebar', '.content'], colorsOnly });
    await page.getByRole('tablist', { name: 'Compare' }).getByRole('tab', { name: 'Page text' }).click();
    await expect(page.getByRole('region', { name: 'Page text side by side, scrollable' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, `the compare view's page text (${colorScheme})`, { include: ['.cmp-bar', '.cmp-prose-scroll'], colorsOnly });
    await ui.viewButton('Table').click();

    if (app.typedPathDialog) {
      await ui.openFolderButton.click();
      await expect(ui.pathDialog).toBeVisible();
      await expectNoSeriousA11yViolations(page, `the open-folder dialog (${colorScheme})`, { include: ['[role="dialog"]'], colorsOnly });
      await page.keyboard.press('Escape');
      await expect(ui.pathDialog).toBeHidden();
    }
  };
}
