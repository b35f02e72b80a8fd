/**
 * axe-core (WCAG 2.0–2.2 A/AA and best practices) on every view and dialog, in both color schemes, at one window
 * size: 1360×860, 1024×640, and 320 px wide (400% zoom). Each state is scanned where it changed from the one
 * before (the whole page first): in the light scheme with every rule, then in the dark scheme with the color rules
 * only (the structure is the same in both). Both schemes share one walk through the views, so the folder is opened
 * and each view reached once per size. Every step waits on the state it scans, never on time.
 */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, type A11yScan } from '../support/axe.js';
import { appUi } from '../support/ui.js';
import type { ScenarioContext } from './context.js';

export const A11Y_SIZES = {
  '1360×860': { width: 1360, height: 860 },
  '1024×640': { width: 1024, height: 640 },
  '320 px wide': { width: 320, height: 640 },
} as const;

/** The state on screen, scanned in the light scheme (every rule), then in the dark one (colors only). */
async function scanInBothSchemes(page: Page, view: string, size: string, scan: Omit<A11yScan, 'colorsOnly'> = {}): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoSeriousA11yViolations(page, `${view} (light, ${size})`, scan);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page, `${view} (dark, ${size})`, { ...scan, colorsOnly: true });
  await page.emulateMedia({ colorScheme: 'light' });
}

export function accessibleViews(size: keyof typeof A11Y_SIZES = '1360×860') {
  return async ({ app, corpusFolder }: ScenarioContext): Promise<void> => {
    const { page } = app;
    const ui = appUi(page);
    const viewport = A11Y_SIZES[size];
    // At 77.5rem and below the toolbar folds into More (usability.css).
    const narrow = viewport.width <= 1240;
    const check = (view: string, scan?: Omit<A11yScan, 'colorsOnly'>) => scanInBothSchemes(page, view, size, scan);
    // Opened at the default size, where Open folder… is on the toolbar (at 77.5rem and below it is under More).
    await app.openFolder((await corpusFolder()).dir);
    await page.setViewportSize(viewport);
    await expect(ui.grid).toBeVisible();

    await check('the table view');

    if (narrow) {
      // The folded toolbar's More panel.
      await page.getByRole('button', { name: 'More' }).click();
      await expect(page.getByRole('group', { name: 'More actions' })).toBeVisible();
      await check('the More panel', { include: ['.toolbar'] });
      await page.keyboard.press('Escape');
      await expect(page.getByRole('group', { name: 'More actions' })).toBeHidden();
    }
    if (viewport.width <= 640) {
      // The sidebar lies over the view here: scanned open, then put away for the views below.
      await check('the sidebar over the view', { include: ['.sidebar'] });
      await page.getByRole('button', { name: 'Hide sidebar' }).click();
      await expect(ui.sources).toBeHidden();
    }

    await ui.bodyRows.first().click();
    await expect(page.getByRole('button', { name: 'Close details' })).toBeVisible();
    await check('the table view with details open', { include: ['.details'] });
    await page.getByRole('button', { name: 'Close details' }).click();

    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Versions', exact: true }).click();
    await expect(page.getByRole('grid', { name: 'Audit events by version' })).toBeVisible();
    await check('the versions view', { include: ['.content'] });

    await ui.viewButton('Compare').click();
    await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
    // The sidebar (now the compare picker) and the content changed; the header and status bar did not.
    await check('the compare view', { include: ['.content'] });
    await page.getByRole('tablist', { name: 'Compare' }).getByRole('tab', { name: 'Page text' }).click();
    await expect(page.getByRole('region', { name: 'Page text side by side, scrollable' })).toBeVisible();
    await check("the compare view's page text", { include: ['.cmp-bar', '.cmp-prose-scroll'] });
    await ui.viewButton('Table').click();
    await expect(ui.grid).toBeVisible();

    // The dialogs, each alone (the page behind them was scanned above).
    await ui.grid.focus();
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await check('the shortcut sheet', { include: ['[role="dialog"]'] });
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
    await check('the About dialog', { include: ['[role="dialog"]'] });
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
      await check('the open-folder dialog', { include: ['[role="dialog"]'] });
      await page.keyboard.press('Escape');
      await expect(ui.pathDialog).toBeHidden();
    }
  };
}
