/**
 * axe-core (WCAG 2.0–2.2 A/AA and best practices) on every view and dialog, in one color scheme, at one window
 * size: 1360×860, 1024×640, and 320 px wide (400% zoom). Each state is scanned once, and only where it changed
 * from the one before (the whole page first); the dark scheme has the same structure as the light one, so there
 * only the color rules run. Every step waits on the state it scans, never on time.
 */
import { expect } from '@playwright/test';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { appUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

export const A11Y_SIZES = {
  '1360×860': { width: 1360, height: 860 },
  '1024×640': { width: 1024, height: 640 },
  '320 px wide': { width: 320, height: 640 },
} as const;

export function accessibleViews(colorScheme: 'light' | 'dark', size: keyof typeof A11Y_SIZES = '1360×860') {
  return async ({ app, corpusFolder }: ScenarioContext): Promise<void> => {
    const { page } = app;
    const ui = appUi(page);
    const colorsOnly = colorScheme === 'dark';
    const viewport = A11Y_SIZES[size];
    // Below 65rem the toolbar folds into More (usability.css).
    const narrow = viewport.width < 1040;
    const at = (what: string) => `${what} (${colorScheme}, ${size})`;
    // Opened at the default size, where Open folder… is on the toolbar (below 60rem it is under More).
    await app.openFolder((await corpusFolder()).dir);
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
    await expect(ui.grid).toBeVisible();

    await expectNoSeriousA11yViolations(page, at('the table view'), { colorsOnly });

    if (narrow) {
      // The folded toolbar's More panel.
      await page.getByRole('button', { name: 'More' }).click();
      await expect(page.getByRole('group', { name: 'More actions' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, at('the More panel'), { include: ['.toolbar'], colorsOnly });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('group', { name: 'More actions' })).toBeHidden();
    }
    if (viewport.width <= 640) {
      // The sidebar lies over the view here: scanned open, then put away for the views below.
      await expectNoSeriousA11yViolations(page, at('the sidebar over the view'), { include: ['.sidebar'], colorsOnly });
      await page.getByRole('button', { name: 'Hide sidebar' }).click();
      await expect(ui.sources).toBeHidden();
    }

    await ui.bodyRows.first().click();
    await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, at('the table view with details open'), { include: ['.details'], colorsOnly });
    await page.getByRole('button', { name: 'Close details' }).click();

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Versions', exact: true }).click();
    await expect(page.getByRole('grid', { name: 'Audit events by version' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, at('the versions view'), { include: ['.content'], colorsOnly });

    await ui.viewButton('Compare').click();
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    // The sidebar (now the compare picker) and the content changed; the header and status bar did not.
    await expectNoSeriousA11yViolations(page, at('the compare view'), { include: ['.content'], colorsOnly });
    await page.getByRole('tablist', { name: 'Compare' }).getByRole('tab', { name: 'Page text' }).click();
    await expect(page.getByRole('region', { name: 'Page text side by side, scrollable' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, at("the compare view's page text"), { include: ['.cmp-bar', '.cmp-prose-scroll'], colorsOnly });
    await ui.viewButton('Table').click();
    await expect(ui.grid).toBeVisible();

    // The dialogs, each alone (the page behind them was scanned above).
    await ui.grid.focus();
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, at('the shortcut sheet'), { include: ['[role="dialog"]'], colorsOnly });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();

    if (narrow) {
      await page.getByRole('button', { name: 'More' }).click();
      await page.getByRole('group', { name: 'More actions' }).getByRole('button', { name: 'About DocTable Explorer' }).click();
    } else {
      await page.getByRole('button', { name: 'Help' }).click();
      await page.getByRole('menuitem', { name: 'About DocTable Explorer' }).click();
    }
    await expect(page.getByRole('dialog', { name: 'About DocTable Explorer' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, at('the About dialog'), { include: ['[role="dialog"]'], colorsOnly });
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'About DocTable Explorer' })).toBeHidden();

    if (app.typedPathDialog) {
      if (narrow) {
        await page.getByRole('button', { name: 'More' }).click();
        await page.getByRole('group', { name: 'More actions' }).getByRole('button', { name: 'Open folder…' }).click();
      } else {
        await ui.openFolderButton.click();
      }
      await expect(ui.pathDialog).toBeVisible();
      await expectNoSeriousA11yViolations(page, at('the open-folder dialog'), { include: ['[role="dialog"]'], colorsOnly });
      await page.keyboard.press('Escape');
      await expect(ui.pathDialog).toBeHidden();
    }
  };
}
