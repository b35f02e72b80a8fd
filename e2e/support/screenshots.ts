/**
 * The README's screenshots, taken by the scenarios at the moment each view is checked, when the run is asked
 * for them (`npm run screenshots` sets DOCTABLE_SCREENSHOTS=1). `npm test` leaves them out: encoding some thirty
 * PNGs and loading three extra pages at twice the pixel density cost the suite time and prove nothing a scenario
 * does not assert. Only the browser run writes them (one set of pictures, from the host every machine has).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppDriver } from './driver.js';
import { SCREENSHOT_DIR } from './paths.js';

export const SCREENSHOT_SIZE = { width: 1360, height: 860 } as const;

export type ScreenshotName =
  | 'table-light'
  | 'table-dark'
  | 'details'
  | 'compare'
  | 'compare-page-text'
  | 'compare-6-sources'
  | 'compare-6-sources-1024x640'
  | 'check'
  | 'problem-file'
  | 'open-folder-dialog'
  | 'versions'
  | 'versions-diff'
  | 'shortcuts'
  | 'about'
  | 'folder-browser'
  | 'missing-folder'
  | 'table-1024x640'
  | 'details-1024x640'
  | 'table-zoom-200'
  | 'table-zoom-200-no-sidebar'
  | 'toolbar-more-zoom-200'
  | 'text-size-24'
  | 'minimum-font-24'
  | 'by-event';

/** True when this run takes the README's screenshots. */
export function takingScreenshots(app: AppDriver): boolean {
  return app.kind === 'browser' && process.env.DOCTABLE_SCREENSHOTS === '1';
}

export async function saveScreenshot(app: AppDriver, name: ScreenshotName): Promise<void> {
  if (!takingScreenshots(app)) return;
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  // The caret blinks and would make each run's picture differ.
  await app.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), caret: 'hide', animations: 'disabled' });
}
